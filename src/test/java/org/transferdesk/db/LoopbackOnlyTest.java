package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the embedded database's auto-server (how the CLI reaches a database the GUI holds) listens on this
 * machine only. Run in a fresh JVM, as the app starts: H2 reads its bind address once, when its classes load, and
 * this test JVM has loaded them long before.
 */
class LoopbackOnlyTest {
    @TempDir
    Path dir;

    @Test
    void theAutoServer_listensOnLoopbackOnly_andASecondProcessStillReachesIt() throws Exception {
        Path base = dir.resolve("transferdesk");
        Process child = HostingChild.start(base);
        try {
            byte[] line = new byte[5];
            assertThat(child.getInputStream().readNBytes(line, 0, 5)).isEqualTo(5);
            assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo("open\n".substring(0, 5));
            int port = serverPort(base);

            try (Socket local = new Socket()) {
                local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
                assertThat(local.isConnected()).isTrue();
            }
            List<InetAddress> others = nonLoopbackAddresses();
            assumeTrue(!others.isEmpty(), "this machine has no address but loopback");
            for (InetAddress other : others) {
                try (Socket remote = new Socket()) {
                    remote.connect(new InetSocketAddress(other, port), 2000);
                    throw new AssertionError("the database answered on " + other);
                } catch (IOException refused) {
                    // expected: nothing listens there
                }
            }
            // the CLI's way in, next to the open app
            try (Database second = Database.openFile(base)) {
                assertThat(second.schemaVersion()).isNotBlank();
            }
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    private static int serverPort(Path base) throws IOException {
        Properties lock = new Properties();
        try (var in = Files.newInputStream(Path.of(base + ".lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (!a.isLinkLocalAddress()) {
                        found.add(a);
                    }
                }
            }
        }
        return found;
    }
}
