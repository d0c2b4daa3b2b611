/**
 * Certificates (удостоверения о повышении квалификации, дипломы о профессиональной
 * переподготовке): issuing on course completion or by a methodologist, gap-free registration
 * numbers, the register, public verification, PDFs, verifiable credentials, the ФИС ФРДО export
 * and the three-year cycle. Observes the course feature's {@code CourseCompleted} event and reads
 * courses and people through their services; depends on platform.
 */
package ru.shibc.academy.certificate;
