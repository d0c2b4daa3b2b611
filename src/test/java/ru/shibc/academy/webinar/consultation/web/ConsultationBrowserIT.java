package ru.shibc.academy.webinar.consultation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.Browser;
import ru.shibc.academy.it.Fixtures;
import ru.shibc.academy.it.RunningAcademy;
import ru.shibc.academy.webinar.consultation.ConsultationFixtures;

/**
 * Consultations in the browser: a methodologist publishes a time on "Мои консультации", a librarian
 * on her phone books it with a question and finds it under "Мои записи", and the methodologist
 * sees who booked; the librarian makes her calendar feed link.
 */
@ExtendWith(RunningAcademy.class)
class ConsultationBrowserIT {

  @Test
  void aMethodologistPublishesALibrarianBooksAndBothSeeTheBooking() {
    String password = "Consult-Pass-" + Fixtures.token();
    long methodologistId = Fixtures.newPerson().getJsonNumber("id").longValue();
    String methodologist = "it." + Fixtures.token();
    Fixtures.saveAccount(methodologistId, methodologist, password, "METHODOLOGIST");
    Fixtures.Account librarian = Fixtures.newLearner(password);
    String topic = "Медиаобразование в школьной библиотеке " + Fixtures.token();
    String day = ConsultationFixtures.inDays(11).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    try (Browser desk = Browser.open().signIn(methodologist, password)) {
      desk.go("/teaching/consultations.xhtml");
      desk.type(By.id("publish:topic"), topic);
      desk.type(By.id("publish:joinUrl"), "https://rmk.zarechye-edu.ru/room/it");
      desk.type(By.id("publish:date_input"), day);
      desk.find(By.id("publish:date_input")).sendKeys(Keys.ESCAPE);
      desk.screenshot("consultations-desk-form");
      assertEquals(topic, desk.find(By.id("publish:topic")).getAttribute("value"));
      desk.click(By.id("publish:publishSlots"));
      desk.waitForText(By.id("messages"), "Опубликовано консультаций: 1");
      desk.waitForText(By.id("slots:table"), topic);
      desk.waitForText(By.id("slots:table"), "Свободно");
      desk.screenshot("consultations-desk");
    }

    try (Browser phone = Browser.phone().signIn(librarian.username(), password)) {
      phone.go("/me/consultations.xhtml");
      phone.waitForText(By.id("free:table"), topic);
      phone.click(By.xpath("//tr[contains(., '" + topic + "')]//button[contains(@id, ':book')]"));
      phone.visible(By.id("bookForm:question"));
      phone.type(By.id("bookForm:question"), "Как провести урок медиаграмотности в 7 классе?");
      phone.click(By.id("bookForm:confirmBook"));
      phone.waitForText(By.id("messages"), "Вы записаны на консультацию");
      phone.waitForText(By.id("mine"), topic);
      phone.waitForText(By.id("mine"), "Как провести урок медиаграмотности в 7 классе?");
      assertTrue(!phone.find(By.id("free:table")).getText().contains(topic), "no longer free");
      assertTrue(phone.exists(By.cssSelector(".booking-ics")), "the .ics link");
      phone.screenshot("consultations-mine-phone");

      phone.go("/me/calendar.xhtml");
      phone.click(By.id("feed:create"));
      phone.waitForText(By.id("messages"), "Ссылка на календарь создана");
      String url = phone.find(By.id("feed:url")).getAttribute("value");
      assertTrue(url.contains("/api/public/calendar/") && url.endsWith(".ics"), url);
      Api.Reply feed = Api.anonymous().get(url.substring(RunningAcademy.baseUrl().length()));
      assertTrue(feed.body().contains("BEGIN:VCALENDAR"), feed.body());
    }

    try (Browser desk = Browser.open().signIn(methodologist, password)) {
      desk.go("/teaching/consultations.xhtml");
      desk.waitForText(By.id("slots:table"), "Как провести урок медиаграмотности в 7 классе?");
      desk.waitForText(By.id("slots:table"), "Запись");
    }
  }
}
