package ru.shibc.academy.platform.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders its children once per distinct {@code key} and then writes the remembered markup: for
 * the menu bar of every page, whose rendering (some thirty PrimeFaces menu items, each asking
 * about the caller's roles) cost about a fifth of the course page's CPU. The children stay in the
 * component tree, so their forms and buttons still work on a postback; only their rendering is
 * skipped. The key must name everything the children's markup depends on (the language, the
 * caller and what the caller may see); the client id is added to it.
 *
 * <p>The memory is this node's and bounded (the least recently used markup is forgotten), so a
 * restart or another node simply renders again.
 */
@FacesComponent(value = CachedMarkup.TYPE, createTag = true, tagName = "cachedMarkup",
    namespace = CachedMarkup.NAMESPACE)
public class CachedMarkup extends UIComponentBase {

  public static final String TYPE = "ru.shibc.academy.CachedMarkup";
  public static final String NAMESPACE = "https://shibc.ru/academy/ui";
  static final int CAPACITY = 2_000;

  private static final Map<String, String> MARKUP =
      Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CAPACITY;
        }
      });

  @Override
  public String getFamily() {
    return "ru.shibc.academy";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeAll(FacesContext context) throws IOException {
    if (!isRendered()) {
      return;
    }
    String key = getClientId(context) + '\n' + getAttributes().get("key");
    String markup = MARKUP.get(key);
    if (markup == null) {
      markup = renderChildren(context);
      MARKUP.put(key, markup);
    }
    context.getResponseWriter().write(markup);
  }

  private String renderChildren(FacesContext context) throws IOException {
    ResponseWriter page = context.getResponseWriter();
    StringWriter buffer = new StringWriter(8192);
    context.setResponseWriter(page.cloneWithWriter(buffer));
    try {
      for (UIComponent child : getChildren()) {
        child.encodeAll(context);
      }
      context.getResponseWriter().flush();
    } finally {
      context.setResponseWriter(page);
    }
    return buffer.toString();
  }
}
