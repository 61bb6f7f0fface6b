/**
 * Reading the knowledge base on the web: reads that count themselves, mandatory reading with its
 * acknowledgements, drafts made from post-training reports, AAR and story templates, and the public
 * knowledge portal of each organization ({@code /public/{org}/knowledge}).
 */
@NullMarked
package th.km.web.reading;

import org.jspecify.annotations.NullMarked;
