package ru.shibc.academy.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox over SMTP every few seconds, on every node: claims make sure two nodes never
 * take the same message. With no SMTP host configured, messages wait in the outbox.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  @Resource private TimerService timers;
  @Inject private MailOutbox outbox;

  @Inject
  @ConfigProperty(name = "shibc.mail.host")
  private Optional<String> host;

  @Inject
  @ConfigProperty(name = "shibc.mail.port", defaultValue = "25")
  private int port;

  @Inject
  @ConfigProperty(name = "shibc.mail.from", defaultValue = "academy@localhost")
  private String from;

  @Inject
  @ConfigProperty(name = "shibc.mail.username")
  private Optional<String> username;

  @Inject
  @ConfigProperty(name = "shibc.mail.password")
  private Optional<String> password;

  @Inject
  @ConfigProperty(name = "shibc.mail.starttls", defaultValue = "false")
  private boolean startTls;

  @Inject
  @ConfigProperty(name = "shibc.mail.poll-seconds", defaultValue = "20")
  private int pollSeconds;

  private final AtomicBoolean running = new AtomicBoolean();
  private Session session;

  @PostConstruct
  void start() {
    if (host.isEmpty()) {
      LOG.info("shibc.mail.host is not set: e-mail stays in the outbox");
      return;
    }
    Properties props = new Properties();
    props.put("mail.smtp.host", host.get());
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "20000");
    props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    props.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
    session = Session.getInstance(props);
    timers.createIntervalTimer(pollSeconds * 1000L, pollSeconds * 1000L, new TimerConfig("mail", false));
  }

  @Timeout
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return; // the previous round is still sending
    }
    try {
      sendDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending e-mail failed", e);
    } finally {
      running.set(false);
    }
  }

  /** One round: claim what is due and send it. */
  public void sendDue() {
    if (session == null) {
      return;
    }
    for (MailOutbox.Claimed c : outbox.claim(NODE, 50, 300)) {
      try {
        send(c.mail());
        outbox.sent(c.id());
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.WARNING, "Could not send mail " + c.id() + " to " + c.mail().recipient(), e);
        outbox.failed(c.id(), c.attempts(), e.getMessage());
      }
    }
  }

  private void send(Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    if (mail.attachment() == null) {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(mail.attachment(), mail.attachmentType())));
      file.setFileName(mail.attachmentName());
      Multipart parts = new MimeMultipart();
      parts.addBodyPart(text);
      parts.addBodyPart(file);
      message.setContent(parts);
    }
    if (username.isEmpty()) {
      Transport.send(message);
    } else {
      Transport.send(message, username.get(), password.orElse(""));
    }
  }
}
