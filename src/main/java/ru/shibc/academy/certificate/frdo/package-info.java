/**
 * The upload table for ФИС ФРДО, the federal register of education documents: documents on
 * additional professional education (удостоверение о повышении квалификации, диплом о
 * профессиональной переподготовке) as {@link ru.shibc.academy.certificate.frdo.FrdoRecord}s, their
 * checks before upload ({@link ru.shibc.academy.certificate.frdo.FrdoValidator}) and the XLSX in
 * the register's column template ({@link ru.shibc.academy.certificate.frdo.FrdoWorkbook}).
 *
 * <p>Plain Java, no CDI or JPA: the certificate service maps its certificates, courses and people
 * to records, so this package depends only on {@code people} (the СНИЛС checksum), {@code
 * platform.time} and Apache POI. The template's columns and their sources are in {@code
 * docs/FRDO.md}.
 */
package ru.shibc.academy.certificate.frdo;
