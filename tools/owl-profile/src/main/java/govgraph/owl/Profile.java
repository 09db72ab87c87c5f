package govgraph.owl;

import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * Prints each OWL 2 DL profile violation of an ontology file on its own line, then "violations: N";
 * exits 0 when there is none, 1 when there are some, 2 when the file cannot be read.
 */
public final class Profile {
  private Profile() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: Profile ONTOLOGY_FILE");
      System.exit(2);
    }
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    OWLOntology ontology;
    try {
      ontology = manager.loadOntologyFromOntologyDocument(new File(args[0]));
    } catch (Exception failure) {
      System.err.println("cannot read " + args[0] + ": " + failure.getMessage());
      System.exit(2);
      return;
    }
    OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
    for (OWLProfileViolation violation : report.getViolations()) {
      System.out.println(violation.toString().replace('\n', ' '));
    }
    System.out.println("violations: " + report.getViolations().size());
    System.exit(report.isInProfile() ? 0 : 1);
  }
}
