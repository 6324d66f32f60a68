package org.tandem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Files and request bodies that tests and benchmarks generate. */
public final class TestFiles {

    private TestFiles() {
    }

    /** An XLIFF 1.2 file (en → de) of {@code units} translation units whose texts name {@code tag}. */
    public static byte[] xliff(int units, String tag) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "<file original=\"" + tag + ".txt\" source-language=\"en\" target-language=\"de\" "
                + "datatype=\"plaintext\"><body>\n");
        for (int i = 1; i <= units; i++) {
            xml.append("<trans-unit id=\"u").append(i).append("\"><source>Sentence ").append(i)
                    .append(" of the ").append(tag).append(" file, long enough to look like prose.</source><target>")
                    .append("Satz ").append(i).append(" der Datei ").append(tag)
                    .append(", lang genug, um wie Prosa auszusehen.</target></trans-unit>\n");
        }
        return xml.append("</body></file></xliff>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body with one file as the part {@code file}. */
    public static byte[] multipart(String boundary, String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
