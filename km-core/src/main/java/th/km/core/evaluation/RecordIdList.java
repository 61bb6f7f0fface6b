package th.km.core.evaluation;

import java.util.List;

/**
 * The ids of the records behind one result, sorted, as an immutable list that is kept, not copied.
 *
 * @param ids the ids; the list is never changed
 */
record RecordIdList(List<String> ids) {}
