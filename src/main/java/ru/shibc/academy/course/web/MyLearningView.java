package ru.shibc.academy.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import ru.shibc.academy.course.EnrolmentStatus;
import ru.shibc.academy.course.Learning;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.time.Clocks;

/** "Моё обучение" on the home page: courses in progress and completed ones. */
@Named("myLearning")
@RequestScoped
public class MyLearningView {


  @Inject private Learning learning;
  @Inject private CurrentUser currentUser;

  private List<Learning.MyCourse> mine;

  private List<Learning.MyCourse> mine() {
    if (mine == null) {
      mine = currentUser.personId().map(learning::mine).orElse(List.of());
    }
    return mine;
  }

  public List<Learning.MyCourse> getInProgress() {
    return mine().stream().filter(m -> m.enrolment().getStatus() == EnrolmentStatus.ACTIVE).toList();
  }

  public List<Learning.MyCourse> getCompleted() {
    return mine().stream().filter(m -> m.enrolment().getStatus() == EnrolmentStatus.COMPLETED).toList();
  }

  public boolean isNoCourses() {
    return mine().isEmpty();
  }

  public String date(Instant instant) {
    return Clocks.date(instant);
  }

  public boolean overdue(Instant instant) {
    return instant != null && instant.isBefore(Instant.now());
  }
}
