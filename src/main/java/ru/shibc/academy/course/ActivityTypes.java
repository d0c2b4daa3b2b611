package ru.shibc.academy.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import ru.shibc.academy.platform.api.AcademyException;

/** The activity kinds there are: every {@link ActivityType} bean, by code. */
@ApplicationScoped
public class ActivityTypes {

  private final Map<String, ActivityType> byCode = new TreeMap<>();

  @Inject
  void collect(@Any Instance<ActivityType> types) {
    types.forEach(t -> byCode.put(t.code(), t));
  }

  public ActivityType get(String code) {
    ActivityType type = code == null ? null : byCode.get(code);
    if (type == null) {
      throw AcademyException.invalid("course.activity.unknownKind", String.valueOf(code));
    }
    return type;
  }

  public boolean exists(String code) {
    return byCode.containsKey(code);
  }

  public java.util.Set<String> codes() {
    return byCode.keySet();
  }
}
