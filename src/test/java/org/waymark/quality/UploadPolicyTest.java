package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadPolicyTest {

    @ParameterizedTest(name = "{0} starting {1}, {2} bytes → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            policy.pdf  | 255044462d312e37 | 2000    | application/pdf
            POLICY.PDF  | 255044462d312e34 | 2000    | application/pdf
            policy.docx | 504b0304         | 2000    | application/vnd.openxmlformats-officedocument.wordprocessingml.document
            policy.odt  | 504b0304         | 2000    | application/vnd.oasis.opendocument.text
            logo.png    | 89504e470d0a1a0a | 2000    | image/png
            scan.jpeg   | ffd8ffe0         | 2000    | image/jpeg
            scan.jpg    | ffd8ffe0         | 2000    | image/jpeg
            policy.pdf  | 4d5a90           | 2000    | The selected file must be a PDF, DOCX, ODT, PNG or JPEG
            setup.exe   | 4d5a90           | 2000    | The selected file must be a PDF, DOCX, ODT, PNG or JPEG
            policy.doc  | 504b0304         | 2000    | The selected file must be a PDF, DOCX, ODT, PNG or JPEG
            page.html   | 3c68746d6c3e     | 2000    | The selected file must be a PDF, DOCX, ODT, PNG or JPEG
            noextension | 255044462d312e37 | 2000    | The selected file must be a PDF, DOCX, ODT, PNG or JPEG
            policy.pdf  | 255044462d312e37 | 5242880 | application/pdf
            policy.pdf  | 255044462d312e37 | 5242881 | The selected file must be smaller than 5 MB
            policy.pdf  | 255044462d312e37 | 0       | Select a file to upload
            """)
    void onlyAllowedTypesUnderTheLimitAreKept(String name, String hex, long size, String expected) {
        var verdict = UploadPolicy.check(name, size, java.util.HexFormat.of().parseHex(hex));
        String answer = verdict instanceof UploadPolicy.Accepted a ? a.contentType()
                : ((UploadPolicy.Refused) verdict).reason();
        assertThat(answer).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            policy.pdf,                    policy.pdf
            C:\\\\Users\\\\kev\\\\policy.pdf, policy.pdf
            ../../etc/passwd.pdf,          passwd.pdf
            'safe guarding; policy.pdf',   safe_guarding__policy.pdf
            .hidden.pdf,                   document.hidden.pdf
            """)
    void fileNamesAreMadeSafeForTheContentDispositionHeader(String name, String safe) {
        assertThat(UploadPolicy.safeName(name)).isEqualTo(safe);
    }
}
