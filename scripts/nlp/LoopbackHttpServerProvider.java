import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * CoreNLP's server has no option to choose the address it listens on and binds
 * every interface. Installed as the JDK's HTTP server provider (system property
 * com.sun.net.httpserver.HttpServerProvider), this class keeps the port the
 * server asks for and binds it to the loopback address only.
 */
public class LoopbackHttpServerProvider extends HttpServerProvider {
  private final HttpServerProvider base = new sun.net.httpserver.DefaultHttpServerProvider();

  private static InetSocketAddress loopback(InetSocketAddress address) {
    if (address == null) return null;
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), address.getPort());
  }

  @Override
  public HttpServer createHttpServer(InetSocketAddress address, int backlog) throws IOException {
    return base.createHttpServer(loopback(address), backlog);
  }

  @Override
  public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) throws IOException {
    return base.createHttpsServer(loopback(address), backlog);
  }
}
