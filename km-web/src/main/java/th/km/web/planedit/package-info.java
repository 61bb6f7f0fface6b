/**
 * The plan editor: a year's plan started empty, from km's template or as a copy of last year, edited
 * part by part over its plan file as forms and the API, each save a new draft version, checked as it
 * is edited, and any two versions compared.
 */
@NullMarked
package th.km.web.planedit;

import org.jspecify.annotations.NullMarked;
