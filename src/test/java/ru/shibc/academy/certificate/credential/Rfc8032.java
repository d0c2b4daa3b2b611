package ru.shibc.academy.certificate.credential;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.HexFormat;

/** RFC 8032 §7.1 TEST 1, which RFC 8037 Appendix A reuses for its JOSE examples. */
final class Rfc8032 {

  static final String SECRET_KEY =
      "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
  static final String PUBLIC_KEY =
      "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

  /** The signature of the empty message. */
  static final String SIGNATURE =
      "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

  private Rfc8032() {}

  static PrivateKey privateKey() throws GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519")
        .generatePrivate(
            new EdECPrivateKeySpec(
                NamedParameterSpec.ED25519, HexFormat.of().parseHex(SECRET_KEY)));
  }

  static byte[] publicKeyBytes() {
    return HexFormat.of().parseHex(PUBLIC_KEY);
  }
}
