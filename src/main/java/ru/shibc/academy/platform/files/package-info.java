/** Uploaded files: checked by their content, with a type we serve them with. */
package ru.shibc.academy.platform.files;
