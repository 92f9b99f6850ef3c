import java.io.File;
import java.lang.reflect.Array;
import java.util.Iterator;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Opens each file given with Gephi's own importer (gephi-toolkit), each in its
 * own workspace, and prints one JSON line per file: node and edge counts, edge
 * types, import issues, and every column with its type, how many elements have
 * a value in it and one sample value.
 */
public class GephiRead {
  public static void main(String[] args) throws Exception {
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    GraphController graphs = Lookup.getDefault().lookup(GraphController.class);
    projects.newProject();
    for (String path : args) {
      Workspace workspace = projects.newWorkspace(projects.getCurrentProject());
      Container container = importer.importFile(new File(path));
      if (container == null) {
        System.out.println("{\"file\":" + quote(path) + ",\"error\":\"no importer\"}");
        continue;
      }
      importer.process(container, new DefaultProcessor(), workspace);
      GraphModel model = graphs.getGraphModel(workspace);
      Graph graph = model.getGraph();
      StringBuilder out = new StringBuilder("{\"file\":").append(quote(path));
      out.append(",\"nodes\":").append(graph.getNodeCount());
      out.append(",\"edges\":").append(graph.getEdgeCount());
      out.append(",\"edgeTypes\":").append(model.getEdgeTypeLabels(false).length);
      out.append(",\"issues\":[");
      Iterator<Issue> issues = container.getReport().getIssues(1000);
      boolean first = true;
      while (issues.hasNext()) {
        Issue issue = issues.next();
        if (!first) out.append(',');
        first = false;
        out.append(quote(issue.getLevel() + ": " + issue.getMessage()));
      }
      out.append("],\"nodeColumns\":").append(columns(model.getNodeTable(), graph.getNodes().toArray()));
      out.append(",\"edgeColumns\":").append(columns(model.getEdgeTable(), graph.getEdges().toArray()));
      System.out.println(out.append('}'));
    }
    System.exit(0);
  }

  private static String columns(Iterable<Column> table, Element[] elements) {
    StringBuilder out = new StringBuilder("[");
    boolean first = true;
    for (Column column : table) {
      int count = 0;
      String sample = null;
      for (Element element : elements) {
        Object value = element.getAttribute(column);
        if (value == null) continue;
        count++;
        if (sample == null) sample = text(value);
      }
      if (!first) out.append(',');
      first = false;
      out.append("{\"title\":").append(quote(column.getTitle()));
      out.append(",\"type\":").append(quote(column.getTypeClass().getSimpleName()));
      out.append(",\"property\":").append(column.isProperty());
      out.append(",\"count\":").append(count);
      out.append(",\"sample\":").append(sample == null ? "null" : quote(sample)).append('}');
    }
    return out.append(']').toString();
  }

  private static String text(Object value) {
    if (!value.getClass().isArray()) return String.valueOf(value);
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < Array.getLength(value); i++) {
      if (i > 0) out.append(", ");
      out.append(Array.get(value, i));
    }
    return out.append(']').toString();
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }
}
