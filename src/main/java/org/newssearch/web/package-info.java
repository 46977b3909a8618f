/**
 * The Javalin app: the JSON API and the web form researchers work in, server-rendered HTML that works
 * with JavaScript off.
 *
 * <p>The pages: {@code /} ({@link org.newssearch.web.FormPage}: form, facet sidebar, attention chart,
 * hits, pagination, API and export links), {@code /articles/{id}} (the whole article, marked), and
 * {@code /help} (the query syntax). A page's whole state is its URL: {@link org.newssearch.web.PageState}
 * reads it and writes every link as that state with one change, in one canonical parameter order, so
 * a permalink reopens the same page. Text from the open web is escaped where it is appended
 * ({@code Html.escape}); the only markup that comes from the search layer is its {@code <mark>}. The
 * Content-Security-Policy ({@link org.newssearch.web.Layout#CSP}) allows no script and only our stylesheet.
 *
 * <p>To add one more page: write a small final class with a {@code render(Context)} method that builds
 * its HTML between {@code Layout.open} and {@code Layout.close} and sends it with {@code Layout.send}
 * (which sets the status and security headers), register its route in {@code WebServer.start}, put its
 * static files under {@code src/main/resources/web/} and serve them from the jar, and drive it in
 * {@code WebFormBrowserTest}. To add one more facet to the sidebar: add its dimension to
 * {@code PageState.NAMES} and to {@code FacetSidebar.appendTo}.
 */
package org.newssearch.web;
