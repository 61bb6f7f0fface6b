/** The staff members (บุคลากร) of a year in the web: the list, with links to the form that corrects each. */
@NullMarked
package th.km.web.staff;

import org.jspecify.annotations.NullMarked;
