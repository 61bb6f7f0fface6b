/**
 * The knowledge base in the web: the list, each asset's page with its Markdown rendered safely,
 * the forms that save versions, the workflow's buttons, attachments, the LPA evidence view and the
 * JSON API, each checking the account's rights on the server.
 */
@NullMarked
package th.km.web.knowledge;

import org.jspecify.annotations.NullMarked;
