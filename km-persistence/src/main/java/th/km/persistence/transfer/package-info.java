/**
 * Moving an organization's plan and records between their file forms (the plan file, the records
 * folder) and the stores: the imports that {@code km db import-plan} and {@code km db
 * import-records} run, and the export back to files. Outcomes are values the caller switches over.
 */
@NullMarked
package th.km.persistence.transfer;

import org.jspecify.annotations.NullMarked;
