package org.waymark.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests: Debian's Chromium, headless, driven by Playwright, against the running service, with an
 * axe-core WCAG 2.2 AA check that fails the test on any violation. Run with {@code ./mvnw verify -Pbrowser}.
 */
@Tag("browser")
@WaymarkTest
public abstract class BrowserTest {

    public static final String PASSWORD = "Eastmoor-demo-2026";
    private static final String CHROMIUM = System.getenv().getOrDefault("WAYMARK_CHROMIUM", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;
    private static String axeSource;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() throws IOException {
        // a busy 2-core CI machine can take more than the default 5 s to render a page after a form post
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM)).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run")));
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        // CSP is bypassed only so that axe-core can be injected; SecurityHeadersTest checks the policy itself
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 800).setBypassCSP(true));
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String email) {
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.url()).isEqualTo(url("/"));
    }

    /** Runs axe-core on the current page (WCAG 2.0–2.2 A and AA rules) and fails on any violation. */
    protected void assertAccessible() {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
                  return r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        assertThat((List<?>) result).as("axe-core violations on " + page.url()).isEmpty();
    }

    /** The same page at phone width must be accessible too. */
    protected void assertAccessibleOnPhone() {
        page.setViewportSize(375, 740);
        assertAccessible();
        page.setViewportSize(1024, 800);
    }
}
