package org.transferdesk.ui.help;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

/**
 * One page of the help as JavaFX nodes (headings, paragraphs, lists, tables, code, images, links), with the
 * node each anchor names so the window can scroll to it. No WebView: javafx-web would add ~70 MB of WebKit.
 */
final class MarkdownRenderer {
    /** The page as shown, each anchor's node, and the blocks with their text for find-in-page. */
    record Rendered(VBox content, Map<String, Node> anchors, Map<Node, String> blocks) {
    }

    private static final double MAX_IMAGE_WIDTH = 640;

    private final HelpBook.Page page;
    private final Consumer<String> onLink;
    private final Map<String, Node> anchors = new HashMap<>();
    private final Map<Node, String> blocks = new LinkedHashMap<>();
    private final Map<String, Integer> slugs = new HashMap<>();

    private MarkdownRenderer(HelpBook.Page page, Consumer<String> onLink) {
        this.page = page;
        this.onLink = onLink;
    }

    /** Renders the page; a click on a link gives its destination (relative to the page) to {@code onLink}. */
    static Rendered render(HelpBook.Page page, Consumer<String> onLink) {
        MarkdownRenderer r = new MarkdownRenderer(page, onLink);
        VBox content = new VBox(8);
        content.getStyleClass().add("help-page");
        content.setPadding(new Insets(12, 20, 24, 20));
        r.blocks(page.document(), content.getChildren());
        return new Rendered(content, r.anchors, r.blocks);
    }

    private void blocks(org.commonmark.node.Node parent, List<Node> into) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, into);
        }
    }

    private void block(org.commonmark.node.Node n, List<Node> into) {
        if (n instanceof Heading h) {
            TextFlow flow = inline(h);
            flow.getStyleClass().addAll("help-heading", "help-h" + Math.min(h.getLevel(), 4));
            String anchor = HelpBook.uniqueSlug(HelpBook.text(h), slugs);
            anchors.putIfAbsent(anchor, flow);
            flow.setId("help-" + anchor);
            add(flow, HelpBook.text(h), into);
        } else if (n instanceof Paragraph p) {
            Optional<Node> image = soleImage(p);
            if (image.isPresent()) {
                into.add(image.get());
            } else {
                add(inline(p), HelpBook.text(p), into);
            }
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            VBox list = new VBox(4);
            int number = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (org.commonmark.node.Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                list.getChildren().add(listItem((ListItem) item, n instanceof OrderedList ? number++ + "." : "•"));
            }
            into.add(list);
        } else if (n instanceof BlockQuote q) {
            VBox quote = new VBox(6);
            quote.getStyleClass().add("help-quote");
            blocks(q, quote.getChildren());
            into.add(quote);
        } else if (n instanceof FencedCodeBlock code) {
            into.add(code(code.getLiteral()));
        } else if (n instanceof IndentedCodeBlock code) {
            into.add(code(code.getLiteral()));
        } else if (n instanceof ThematicBreak) {
            into.add(new Separator());
        } else if (n instanceof HtmlBlock html) {
            HelpBook.htmlId(html.getLiteral()).ifPresent(id -> {
                Region mark = new Region();
                mark.setId("help-" + id);
                anchors.putIfAbsent(id, mark);
                into.add(mark);
            });
        } else if (n instanceof TableBlock table) {
            into.add(table(table));
        }
    }

    private void add(TextFlow flow, String text, List<Node> into) {
        blocks.put(flow, text);
        into.add(flow);
    }

    private Node listItem(ListItem item, String marker) {
        Label bullet = new Label(marker);
        bullet.setMinWidth(Region.USE_PREF_SIZE);
        bullet.getStyleClass().add("help-bullet");
        VBox body = new VBox(4);
        blocks(item, body.getChildren());
        HBox.setHgrow(body, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(6, bullet, body);
        row.setPadding(new Insets(0, 0, 0, 8));
        return row;
    }

    private Node code(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add("help-code-block");
        code.setWrapText(true);
        code.setMaxWidth(Double.MAX_VALUE);
        return code;
    }

    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-table");
        int row = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int column = 0;
                for (org.commonmark.node.Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    TextFlow cell = inline(c);
                    cell.getStyleClass().add(((TableCell) c).isHeader() ? "help-th" : "help-td");
                    cell.setMaxWidth(420);
                    cell.setPadding(new Insets(3, 8, 3, 8));
                    blocks.put(cell, HelpBook.text(c));
                    grid.add(cell, column++, row);
                }
                row++;
            }
        }
        return grid;
    }

    /** A paragraph that is only an image (a screenshot) is shown as a picture scaled to the page. */
    private Optional<Node> soleImage(Paragraph p) {
        if (p.getFirstChild() instanceof Image image && image.getNext() == null) {
            return Optional.of(image(image));
        }
        return Optional.empty();
    }

    private Node image(Image image) {
        Optional<URL> url = imageUrl(page.path(), image.getDestination());
        if (url.isEmpty()) {
            return new Label(HelpBook.text(image));
        }
        // Loaded in the background by JavaFX itself; the view sizes itself once the picture is in.
        javafx.scene.image.Image picture = new javafx.scene.image.Image(url.get().toExternalForm(), true);
        ImageView view = new ImageView(picture);
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(picture.getWidth(), MAX_IMAGE_WIDTH), picture.widthProperty()));
        view.setUserData(url.get());
        view.getStyleClass().add("help-image");
        return view;
    }

    /** Where an image of a page is in the jar ({@code ../resources/screenshots/x.png} from the guide). */
    static Optional<URL> imageUrl(String pagePath, String destination) {
        return HelpBook.imageResource(pagePath, destination).map(HelpBook.class.getClassLoader()::getResource);
    }

    private TextFlow inline(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("help-text");
        inlines(parent, flow.getChildren(), List.of());
        return flow;
    }

    private void inlines(org.commonmark.node.Node parent, List<Node> into, List<String> styles) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                into.add(text(t.getLiteral(), styles));
            } else if (n instanceof Code c) {
                into.add(text(c.getLiteral(), plus(styles, "help-code")));
            } else if (n instanceof Emphasis) {
                inlines(n, into, plus(styles, "help-em"));
            } else if (n instanceof StrongEmphasis) {
                inlines(n, into, plus(styles, "help-strong"));
            } else if (n instanceof SoftLineBreak) {
                into.add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                into.add(text("\n", styles));
            } else if (n instanceof Link link) {
                Hyperlink h = new Hyperlink(HelpBook.text(link));
                h.getStyleClass().add("help-link");
                h.setUserData(link.getDestination());
                h.setOnAction(e -> onLink.accept(link.getDestination()));
                into.add(h);
            } else if (n instanceof Image image) {
                into.add(image(image));
            } else if (n instanceof HtmlInline html) {
                HelpBook.htmlId(html.getLiteral()).ifPresent(id -> {
                    Text mark = new Text("");
                    anchors.putIfAbsent(id, mark);
                    into.add(mark);
                });
            } else {
                inlines(n, into, styles);
            }
        }
    }

    private static Text text(String literal, List<String> styles) {
        Text text = new Text(literal);
        text.getStyleClass().add("help-run");
        text.getStyleClass().addAll(styles);
        return text;
    }

    private static List<String> plus(List<String> styles, String style) {
        List<String> more = new ArrayList<>(styles);
        more.add(style);
        return more;
    }
}
