/**
 * The attestation protocol (протокол итоговой аттестации, ведомость) as PDF: who sat a quiz, their
 * scores and results, and the commission's signature lines. Takes a plain {@link
 * ru.shibc.academy.assessment.protocol.ProtocolDocument}; knows nothing of attempts or the
 * database. Depends on {@code platform.pdf} and {@code platform.time}.
 */
package ru.shibc.academy.assessment.protocol;
