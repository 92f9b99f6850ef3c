import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded, with the settings file written by the Node
 * side (scripts/db). Usage: Launcher <home> <settings-file> <password-file>.
 *
 * An embedded start reads no neo4j.conf by itself, so the settings file is
 * loaded explicitly; strict validation makes an unknown key fatal.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: Launcher <home> <settings-file> <password-file>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path settings = Path.of(args[1]).toAbsolutePath();
    String password = Files.readString(Path.of(args[2])).trim();

    setInitialPassword(home, settings, password);
    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(settings).build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    setPassword(service, password);
    System.out.println("NEO4J_READY");
    System.out.flush();
    stopped.await();
  }

  /**
   * On a new store, writes the password into Neo4j's initial auth store
   * (what `neo4j-admin dbms set-initial-password` does) before anything starts:
   * the system database is then created with it, so Bolt never accepts the
   * default neo4j/neo4j, not even during the first start.
   */
  private static void setInitialPassword(Path home, Path settings, String password) {
    if (Files.exists(home.resolve("data").resolve("databases").resolve("system"))) return;
    // The command reads <conf>/neo4j.conf, which is our settings file's name.
    ExecutionContext context = new ExecutionContext(home, settings.getParent());
    // "--" ends the options: a generated password may start with "-".
    int code = AdminTool.execute(context, "dbms", "set-initial-password", "--", password);
    if (code != 0) throw new IllegalStateException("setting the initial password failed (exit code " + code + ")");
  }

  /**
   * Sets the password on a store created before the initial password was
   * written (or after the password file was deleted). On a store created
   * with it, this is a no-op.
   */
  private static void setPassword(DatabaseManagementService service, String password) {
    try {
      service.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Re-setting the current password is refused, which is fine on a restart.
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) throw e;
    }
  }
}
