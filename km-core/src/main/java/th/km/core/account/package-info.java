/**
 * Accounts of the people who use km (บัญชีผู้ใช้) and their roles, with the port through which
 * they are stored. The core only describes them; hashing and sessions belong to the web adapter.
 */
@NullMarked
package th.km.core.account;

import org.jspecify.annotations.NullMarked;
