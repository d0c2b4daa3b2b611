package ru.shibc.academy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Named;
import ru.shibc.academy.platform.security.Role;

/** Roles in check boxes: a set of enums loses its type through EL, so name them explicitly. */
@Named("roleConverter")
@ApplicationScoped
public class RoleConverter implements Converter<Role> {

  @Override
  public Role getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(value);
    } catch (IllegalArgumentException e) {
      String text = Pages.text("validation.invalid");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Role value) {
    return value == null ? "" : value.name();
  }
}
