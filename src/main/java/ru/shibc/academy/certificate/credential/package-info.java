/**
 * Certificates as Open Badges 3.0 verifiable credentials: the credential document, its VC-JWT
 * signature with the platform's Ed25519 key, the published public key (JWK) and an offline
 * verifier.
 *
 * <p>Plain Java and the JSON-P API only, with no CDI or JPA, so that anyone holding the public key
 * can check a credential without the application, and so the format can be pinned by fast tests.
 * Depends on nothing else of ours; the certificate feature feeds it {@link
 * ru.shibc.academy.certificate.credential.CredentialData} and stores the {@link
 * ru.shibc.academy.certificate.credential.IssuerKey} bytes.
 */
package ru.shibc.academy.certificate.credential;
