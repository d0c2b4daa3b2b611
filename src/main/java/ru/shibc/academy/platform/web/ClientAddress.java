package ru.shibc.academy.platform.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client behind a request, for per-client limits. Behind a reverse proxy every
 * request comes from the proxy, so the proxy's {@code X-Forwarded-For} is believed, but only when
 * the request comes from a configured proxy: anyone else could write the header themselves.
 */
public final class ClientAddress {

  private final Set<String> trustedProxies;

  /** @param trustedProxies comma-separated addresses of our own reverse proxies; may be blank */
  public ClientAddress(String trustedProxies) {
    this.trustedProxies =
        trustedProxies == null
            ? Set.of()
            : Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The client: the remote address, or, from a trusted proxy, the last address in
   * {@code X-Forwarded-For} that is not itself a trusted proxy.
   */
  public String of(String remoteAddress, String forwardedFor) {
    if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
      return remoteAddress;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return remoteAddress;
  }
}
