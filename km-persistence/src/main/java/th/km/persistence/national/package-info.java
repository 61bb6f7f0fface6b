/**
 * The national dataset (ชุดข้อมูลระดับประเทศ): made-up local governments of the whole country or
 * a part of it, each with a plan and a year of records, drawn from a seed so that the same seed
 * gives the same bytes. {@code km generate} writes it.
 */
@NullMarked
package th.km.persistence.national;

import org.jspecify.annotations.NullMarked;
