/**
 * The FreeMarker stage of the pipeline: {@link fi.alke.documents.template.TemplateEngine} renders
 * {@code .ftlx} templates and a data model to ALKE markup, with labels in Finnish, Swedish and English
 * and author overrides of any template.
 */
package fi.alke.documents.template;
