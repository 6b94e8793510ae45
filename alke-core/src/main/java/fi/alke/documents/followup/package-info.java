/**
 * The follow-up round trip: fill-in forms for the responsible parties ({@link fi.alke.documents.followup.FollowUpForms})
 * and the filled forms read back into a new follow-up ({@link fi.alke.documents.followup.FormImport}), as XLSX
 * workbooks or DOCX documents. A party is any {@link fi.alke.documents.model.Party} the actions name — VN, a ministry,
 * a region, a declared organisation — and, for the actions of all regions, each of the follow-up's all regions: the
 * regions it names, or every region with a regional council when it names none, never Åland
 * ({@link fi.alke.documents.model.FollowUp#allRegions}). Every form is sealed with the issuing office's
 * {@link fi.alke.documents.followup.FormKey}, and the import accepts only forms that verify with it, so that a
 * form cannot be edited to speak for another party, round or actions.
 */
package fi.alke.documents.followup;
