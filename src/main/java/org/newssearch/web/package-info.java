/**
 * The Javalin app: the JSON API and the web form researchers work in, server-rendered HTML that works
 * with JavaScript off.
 *
 * <p>The pages: {@code /} ({@link org.newssearch.web.FormPage}: form, facet sidebar, attention chart,
 * hits, pagination, API and export links), {@code /articles/{id}} (the whole article, marked), and
 * {@code /help} (the query syntax). A page's whole state is its URL: {@link org.newssearch.web.PageState}
 * reads it and writes every link as that state with one change, in one canonical parameter order, so
 * a permalink reopens the same page.
 *
 * <p>The HTML is jte templates in {@code src/main/jte}, compiled to classes at build time (the
 * jte-maven-plugin) and rendered by {@link org.newssearch.web.Layout}; {@code layout.jte} is the frame every
 * page shares. The Java side decides what a page shows (which links, which state) and hands a template
 * a small public view record of text, numbers and URLs already built; the template holds the markup.
 * Every {@code ${...}} is escaped on output (jte's {@code OwaspHtmlTemplateOutput}, by context); the only markup that
 * comes from elsewhere is the search layer's {@code <mark>} in snippets and article text, passed as
 * {@link org.newssearch.web.MarkedHtml}. The Content-Security-Policy ({@link org.newssearch.web.Layout#CSP})
 * allows no script and only our stylesheet.
 *
 * <p>To add one more page: write its template {@code src/main/jte/NAME.jte}, with one
 * {@code @param} (its view) and its content inside {@code @template.layout(title = ..., content = @`...`)};
 * write the view as a public record in this package that holds what the page shows (built from the
 * request, with the logic in Java); and add a route in {@code WebServer.start} whose handler builds the
 * view and calls {@code Layout.send(ctx, status, Layout.render("NAME.jte", view))} (which sets the
 * status and security headers). Static files go under {@code src/main/resources/web/}, served from the
 * jar; drive the page in {@code WebFormBrowserTest}. The JSON API describes itself at
 * {@code /api/openapi.json} ({@code OpenApiDocument}, {@code ApiParameter}; read back as {@code /api/docs}):
 * a new endpoint or parameter goes there too, and {@code OpenApiHttpTest} fails until it does. A facet needs nothing here: the sidebar, the
 * filter chips and every link's parameters come from {@code index/Facet}.
 */
package org.newssearch.web;
