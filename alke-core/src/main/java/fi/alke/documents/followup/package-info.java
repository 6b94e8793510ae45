/**
 * The follow-up round trip: fill-in forms for the responsible parties ({@link fi.alke.documents.followup.FollowUpForms})
 * and the filled forms read back into a new follow-up ({@link fi.alke.documents.followup.FormImport}), as XLSX
 * workbooks or DOCX documents.
 */
package fi.alke.documents.followup;
