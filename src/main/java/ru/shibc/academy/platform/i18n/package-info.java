/** Texts in Russian (the default) and English from the message bundles. */
package ru.shibc.academy.platform.i18n;
