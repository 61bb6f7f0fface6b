/**
 * Import of a KM plan written as text the way plans are written in Word and extracted from PDF
 * (announcement, committee lists, tab-separated tables repeated over page breaks, Thai or Arabic
 * digits) into the canonical {@link th.km.core.plan.KmPlan}. Pure: the caller reads the file.
 */
@NullMarked
package th.km.core.textimport;

import org.jspecify.annotations.NullMarked;
