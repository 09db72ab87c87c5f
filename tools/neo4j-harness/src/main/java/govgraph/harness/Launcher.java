package govgraph.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import n10s.graphconfig.GraphConfigProcedures;
import n10s.rdf.load.RDFLoadProcedures;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts a real Neo4j (kernel, Cypher runtime and Bolt server) on a loopback port with a
 * password, prints one readiness line and runs until its standard input closes or it is
 * terminated. Arguments: PORT DATA_DIR; the password is read from the environment variable
 * GOVGRAPH_NEO4J_PASSWORD so that it never appears in a process listing.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Launcher PORT DATA_DIR (password in GOVGRAPH_NEO4J_PASSWORD)");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path dataDir = Path.of(args[1]);
    String password = System.getenv("GOVGRAPH_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("GOVGRAPH_NEO4J_PASSWORD must hold a password of at least 8 characters");
      System.exit(2);
    }
    Neo4j neo4j =
        Neo4jBuilders.newInProcessBuilder(dataDir)
            .withDisabledServer()
            .withConfig(BoltConnector.enabled, true)
            .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .withConfig(GraphDatabaseSettings.auth_enabled, true)
            .withProcedure(GraphConfigProcedures.class)
            .withProcedure(RDFLoadProcedures.class)
            .build();
    neo4j
        .databaseManagementService()
        .database("system")
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  neo4j.close();
                  stopped.countDown();
                }));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    waitForStdinToClose();
    System.exit(0);
  }

  private static void waitForStdinToClose() {
    try {
      while (System.in.read() != -1) {
        // keep running until the parent closes the pipe
      }
    } catch (IOException closed) {
      // the parent is gone
    }
  }
}
