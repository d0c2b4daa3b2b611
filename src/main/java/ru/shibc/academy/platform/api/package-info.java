/** JAX-RS plumbing shared by every feature: the application, problem+json mappers, role checks and request checks. */
package ru.shibc.academy.platform.api;
