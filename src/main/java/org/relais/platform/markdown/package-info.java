/**
 * Markdown written by members, turned into HTML that is safe to show to everyone else.
 *
 * <p>Both the source and the sanitised HTML are stored: the source so that an author edits what
 * they wrote, the HTML so that a page shows a post without parsing Markdown on every view. The text
 * is rendered once, at write time, through a single allow-list; changing that allow-list means
 * rendering the stored sources again, never trusting HTML from elsewhere.
 */
package org.relais.platform.markdown;
