/**
 * What every feature needs to print a PDF: the embedded DejaVu fonts, a QR code drawn as vector
 * modules, reproducible output (the same input always gives the same bytes) and the Russian wording
 * helpers documents share (long dates, plurals, decimal commas). Built on OpenPDF; plain classes,
 * no CDI. Depends on no feature.
 */
package ru.shibc.academy.platform.pdf;
