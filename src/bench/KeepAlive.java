import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * One keep-alive HTTP/1.1 connection, reopened when the server closes it; not shared between
 * threads. The load phases of the course page and attempt save benchmarks send ready-made request
 * bytes over it (java.net.http's client took a visible share of the same two cores).
 */
final class KeepAlive {

  /** An answer: its status and its body's bytes. */
  record Answer(int status, byte[] body) {}

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAlive(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** Sends the request and reads the whole answer; null if the connection failed. */
  Answer exchange(byte[] request) {
    try {
      if (socket == null) {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 3000);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 65536);
        out = socket.getOutputStream();
      }
      out.write(request);
      out.flush();
      String head = readHead();
      int status = Integer.parseInt(head.substring(9, 12));
      String lower = head.toLowerCase();
      int cl = lower.indexOf("content-length:");
      byte[] body;
      if (cl >= 0) {
        body = in.readNBytes(Integer.parseInt(lower.substring(cl + 15, lower.indexOf('\r', cl)).trim()));
      } else if (lower.contains("transfer-encoding: chunked")) {
        body = readChunked();
      } else {
        body = new byte[0];
      }
      if (lower.contains("connection: close")) {
        close();
      }
      return new Answer(status, body);
    } catch (IOException | RuntimeException e) {
      close();
      return null;
    }
  }

  private String readHead() throws IOException {
    StringBuilder b = new StringBuilder(512);
    int state = 0;
    while (state < 4) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("closed");
      }
      b.append((char) c);
      state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
    }
    return b.toString();
  }

  private byte[] readChunked() throws IOException {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    while (true) {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("closed");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      int n = Integer.parseInt(line.toString().split(";")[0].trim(), 16);
      body.write(in.readNBytes(n));
      in.readNBytes(2);
      if (n == 0) {
        return body.toByteArray();
      }
    }
  }

  void close() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException e) {
      // closing anyway
    }
    socket = null;
  }
}
