/**
 * The Ban Waen demo: the shipped plan of เทศบาลตำบลบ้านแหวน for FY B.E. 2569 with every indicator
 * formalized ({@link th.km.persistence.demo.BanWaenIndicators}), and a deterministic generator of a
 * realistic year of records for it ({@link th.km.persistence.demo.DemoYear}).
 */
@NullMarked
package th.km.persistence.demo;

import org.jspecify.annotations.NullMarked;
