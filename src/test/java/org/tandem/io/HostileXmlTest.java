package org.tandem.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No DTD, external entity or in-file reference ever makes Tandem read a file or fetch a URL. */
class HostileXmlTest {

    private final TranslationFiles files = new TranslationFiles();
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak \"FETCHED\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static final String UNIT = "<file source-language=\"en\" target-language=\"de\" datatype=\"plaintext\" "
            + "original=\"x\"><body><trans-unit id=\"1\"><source>%s</source></trans-unit></body></file></xliff>";

    private static byte[] xliff12(String doctype, String source) {
        return ("<?xml version=\"1.0\"?>\n" + doctype + "\n<xliff version=\"1.2\" "
                + "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">" + UNIT.formatted(source)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_external_entity_pointing_at_a_local_file_is_never_read() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        byte[] file = xliff12("<!DOCTYPE xliff [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>", "a &secret; b");
        assertThatThrownBy(() -> files.readXliff("xxe.xlf", file, null, false))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("xxe.xlf: line")
                .hasMessageContaining("secret")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void an_external_dtd_or_entity_url_is_never_fetched() {
        byte[] dtd = xliff12("<!DOCTYPE xliff SYSTEM \"" + base + "/evil.dtd\">", "hello");
        assertThat(files.readXliff("dtd.xlf", dtd, null, false).segments().get(0).source()).isEqualTo("hello");
        byte[] entity = xliff12("<!DOCTYPE xliff [<!ENTITY % remote SYSTEM \"" + base + "/p.dtd\"> %remote;]>", "&leak;");
        assertThatThrownBy(() -> files.readXliff("param.xlf", entity, null, false)).isInstanceOf(ImportException.class);
        byte[] v2 = ("<?xml version=\"1.0\"?><!DOCTYPE xliff SYSTEM \"" + base + "/x2.dtd\">"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"de\">"
                + "<file id=\"f\"><unit id=\"u\"><segment><source>hi</source></segment></unit></file></xliff>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(files.readXliff("v2.xlf", v2, null, false).segments()).hasSize(1);
        assertThat(requests.get()).as("requests to the URLs in the files").isZero();
    }

    @Test
    void its_stand_off_references_are_not_fetched() {
        String mark = "<mrk mtype=\"x-its\" its:locQualityIssuesRef=\"" + base + "/lqi.xml#x\">%s</mrk>";
        byte[] file = ("<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" "
                + "xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\">"
                + UNIT.formatted(mark.formatted("bad") + " text</source><target>" + mark.formatted("schlecht")
                + " Text</target><source>")).replace("<source></source>", "").getBytes(StandardCharsets.UTF_8);
        ParsedDocument doc = files.readXliff("its.xlf", file, null, false);
        // quality marks are annotations: unwrapped, and a reference to another file is not followed
        assertThat(doc.segments().get(0).source()).isEqualTo("bad text");
        assertThat(doc.segments().get(0).target()).isEqualTo("schlecht Text");
        assertThat(doc.segments().get(0).review()).isEqualTo(SegmentReview.NONE);
        byte[] out = files.export("its.xlf", doc.format(), file, "en", "de",
                java.util.List.of(new TranslationFiles.SegmentText("1", doc.segments().get(0).source(),
                        "schlechter Text", true, doc.segments().get(0).codes())),
                TranslationFiles.ExportFormat.ORIGINAL, true);
        assertThat(new String(out, StandardCharsets.UTF_8)).contains("<target>schlechter Text</target>")
                .contains(mark.formatted("bad"));
        assertThat(requests.get()).isZero();
    }

    @Test
    void entity_expansion_bombs_are_refused() {
        String bomb = "<!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        assertThatThrownBy(() -> files.readXliff("bomb.xlf", xliff12(bomb, "&d;&d;&d;&d;"), null, false))
                .isInstanceOf(ImportException.class).hasMessageContaining("entity");
    }

    @Test
    void a_tmx_file_never_has_an_entity_or_dtd_read_or_fetched() throws IOException {
        MemoryFiles memory = new MemoryFiles();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String body = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>%s</seg>"
                + "</tuv><tuv xml:lang=\"de\"><seg>b</seg></tuv></tu></body></tmx>";
        byte[] local = ("<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + body.formatted("&s;")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> memory.read("xxe.tmx", local)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("xxe.tmx").hasMessageNotContaining("TOP-SECRET");
        byte[] remote = ("<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY % r SYSTEM \"" + base + "/p.dtd\"> %r;]>"
                + body.formatted("&leak;")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> memory.read("param.tmx", remote)).isInstanceOf(ImportException.class);
        byte[] laughs = ("<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + body.formatted("&c;")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> memory.read("laughs.tmx", laughs)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("laughs.tmx");
        byte[] dtd = ("<?xml version=\"1.0\"?><!DOCTYPE tmx SYSTEM \"" + base + "/tmx14.dtd\">"
                + body.formatted("a")).getBytes(StandardCharsets.UTF_8);
        assertThat(memory.read("dtd.tmx", dtd).units()).hasSize(1);
        assertThat(requests.get()).as("requests to the URLs in the files").isZero();
    }
}
