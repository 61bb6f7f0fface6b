package th.km.persistence.demo;

import th.km.core.plan.StaffCategory;

/** One staff member of a division being made, with what the demo year needs to know of them. */
record DemoPerson(String id, DemoDivision division, String position, StaffCategory category) {}
