package ru.shibc.academy.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;
import ru.shibc.academy.assessment.BankQuestion;
import ru.shibc.academy.assessment.QuestionBank;
import ru.shibc.academy.assessment.formats.ImportResult;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;

/**
 * The question bank: a course's own ({@code ?course=}) or the platform's, its categories as a
 * tree, the chosen category's questions with the editor and the preview, import of GIFT and
 * Moodle XML files with a dry run, and export of a category as Moodle XML.
 */
@Named("bankPage")
@ViewScoped
public class QuestionBankPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest file the import takes. */
  public static final long MAX_IMPORT_BYTES = 20L * 1024 * 1024;

  /** A question row of the table. */
  public record Row(long id, String name, String type, int revision, Instant updatedAt, String updatedBy)
      implements Serializable {}

  @Inject private QuestionBank bank;
  @Inject private Courses courses;
  @Inject private ImportRunner runner;

  private Long course;
  private String courseTitle;
  private boolean platformBank;
  private boolean loaded;

  private List<CategoryPaths.Entry> categories = List.of();
  private TreeNode<CategoryPaths.Entry> tree;
  private TreeNode<CategoryPaths.Entry> selectedNode;
  private Long categoryId;
  private List<Row> questions = List.of();

  private String newCategoryName;
  private Long newCategoryParent;

  private String newType = "single-choice";
  private Long editingId;
  private Long editingVersion;
  private QuestionDraft draft = QuestionDraft.blank("single-choice");

  private QuestionPreview preview;
  private BankImport upload;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (course != null) {
      courseTitle = courses.get(course).getTitle();
    } else {
      platformBank = true;
    }
    reloadCategories();
  }

  /** The bank's course id: null for the platform's bank. */
  private Long bankCourse() {
    return platformBank ? null : course;
  }

  public void switchBank() {
    categoryId = null;
    questions = List.of();
    upload = null;
    reloadCategories();
  }

  private void reloadCategories() {
    categories = CategoryPaths.of(bank.categories(bankCourse()));
    tree = new DefaultTreeNode<>(null, null);
    Map<Long, TreeNode<CategoryPaths.Entry>> nodes = new HashMap<>();
    selectedNode = null;
    for (CategoryPaths.Entry e : categories) {
      TreeNode<CategoryPaths.Entry> parent = e.parentId() == null ? tree : nodes.getOrDefault(e.parentId(), tree);
      TreeNode<CategoryPaths.Entry> node = new DefaultTreeNode<>(e, parent);
      node.setExpanded(true);
      nodes.put(e.id(), node);
      if (e.id() == (categoryId == null ? -1 : categoryId)) {
        node.setSelected(true);
        selectedNode = node;
      }
    }
  }

  private void reloadQuestions() {
    questions =
        categoryId == null
            ? List.of()
            : bank.questions(categoryId).stream()
                .map(q -> new Row(q.getId(), q.getName(), q.getType(), q.getRevision(), q.getUpdatedAt(), q.getUpdatedBy()))
                .toList();
  }

  public void onSelect(NodeSelectEvent event) {
    Object data = event.getTreeNode().getData();
    if (data instanceof CategoryPaths.Entry e) {
      select(e.id());
    }
  }

  public void select(long id) {
    categoryId = id;
    reloadCategories();
    reloadQuestions();
  }

  // categories

  public void startCategory() {
    newCategoryName = null;
    newCategoryParent = categoryId;
  }

  public void addCategory() {
    if (newCategoryName == null || newCategoryName.isBlank() || newCategoryName.strip().length() > 200) {
      Pages.error("bank.category.nameRequired");
      return;
    }
    String name = newCategoryName.strip();
    Pages.attempt(() -> bank.addCategory(newCategoryParent, bankCourse(), name).getId())
        .ifPresent(
            made -> {
              Pages.info("bank.category.added", name);
              select(made);
              PrimeFaces.current().executeScript("PF('categoryDialog').hide()");
            });
  }

  // the editor

  public void startNew() {
    editingId = null;
    editingVersion = null;
    draft = QuestionDraft.blank(newType);
  }

  public void startEdit(long id) {
    BankQuestion q = bank.question(id);
    editingId = id;
    editingVersion = q.getVersion();
    draft = QuestionDraft.of(q.question());
  }

  public void addRow() {
    draft.addRow();
  }

  public void removeRow(int index) {
    draft.removeRow(index);
  }

  public void save() {
    if (categoryId == null && editingId == null) {
      Pages.error("bank.category.choose");
      return;
    }
    Question q = built();
    if (q == null) {
      return;
    }
    boolean saved =
        Pages.attempt(
            () -> {
              BankQuestion stored = editingId == null ? bank.add(categoryId, q) : bank.update(editingId, editingVersion, q);
              editingId = stored.getId();
            },
            "bank.question.saved", q.name());
    if (saved) {
      editingVersion = bank.question(editingId).getVersion();
      reloadQuestions();
      PrimeFaces.current().executeScript("PF('editorDialog').hide()");
    }
  }

  /** The draft as a question, or null with a message saying what is wrong. */
  private Question built() {
    try {
      return draft.build();
    } catch (QuestionDraft.Refusal r) {
      Pages.error(r.key(), r.args());
      return null;
    }
  }

  // the preview

  public void previewStored(long id) {
    preview = new QuestionPreview(bank.question(id).question());
  }

  public void previewDraft() {
    Question q = built();
    preview = q == null ? null : new QuestionPreview(q);
    if (preview != null) {
      PrimeFaces.current().executeScript("PF('previewDialog').show()");
    }
  }

  public void checkPreview() {
    try {
      preview.check();
    } catch (IllegalArgumentException e) {
      Pages.error("attempt.badResponse");
    }
  }

  // import and export

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    upload = null;
    if (categoryId == null) {
      Pages.error("bank.category.choose");
      return;
    }
    String format = BankImport.formatOf(file.getFileName());
    if (format == null) {
      Pages.error("bank.upload.badType");
      return;
    }
    if (file.getSize() > MAX_IMPORT_BYTES) {
      Pages.error("file.tooLarge", MAX_IMPORT_BYTES / (1024 * 1024));
      return;
    }
    byte[] content = file.getContent();
    if (content.length == 0) {
      Pages.error("bank.emptyFile");
      return;
    }
    upload = new BankImport(file.getFileName(), content, "xml".equals(format));
    upload.start(runner);
  }

  /** The poll's look at the background reading. */
  public void pollImport() {
    if (upload != null) {
      upload.poll(Pages.locale());
    }
  }

  public void importAll() {
    importFile(false);
  }

  public void importValid() {
    importFile(true);
  }

  private void importFile(boolean validOnly) {
    if (upload == null || !upload.isImportable()) {
      return;
    }
    ImportResult result = upload.result(runner);
    if (!validOnly && !result.isClean()) {
      Pages.error("bank.upload.hasProblems");
      return;
    }
    Pages.attempt(() -> bank.importInto(categoryId, result, validOnly).stored())
        .ifPresent(
            stored -> {
              Pages.info("bank.upload.done", stored);
              upload.done();
              reloadCategories();
              reloadQuestions();
            });
  }

  public void cancelImport() {
    upload = null;
  }

  public String exportUrl() {
    return categoryId == null ? null : "/api/question-bank/categories/" + categoryId + "/export";
  }

  // for the page

  public String when(Instant at) {
    return Clocks.dateTime(at);
  }

  public String getCategoryPath() {
    return categories.stream().filter(e -> e.id() == (categoryId == null ? -1 : categoryId)).map(CategoryPaths.Entry::path)
        .findFirst().orElse(null);
  }

  public List<String> getTypes() {
    return QuestionDraft.TYPES;
  }

  public long getMaxBytes() {
    return MAX_IMPORT_BYTES;
  }

  public Long getCourse() { return course; }
  public void setCourse(Long course) { this.course = course; }
  public String getCourseTitle() { return courseTitle; }
  public boolean isPlatformBank() { return platformBank; }
  public void setPlatformBank(boolean platformBank) { this.platformBank = platformBank; }
  public List<CategoryPaths.Entry> getCategories() { return categories; }
  public TreeNode<CategoryPaths.Entry> getTree() { return tree; }
  public TreeNode<CategoryPaths.Entry> getSelectedNode() { return selectedNode; }
  public void setSelectedNode(TreeNode<CategoryPaths.Entry> selectedNode) { this.selectedNode = selectedNode; }
  public Long getCategoryId() { return categoryId; }
  public List<Row> getQuestions() { return questions; }
  public String getNewCategoryName() { return newCategoryName; }
  public void setNewCategoryName(String newCategoryName) { this.newCategoryName = newCategoryName; }
  public Long getNewCategoryParent() { return newCategoryParent; }
  public void setNewCategoryParent(Long newCategoryParent) { this.newCategoryParent = newCategoryParent; }
  public String getNewType() { return newType; }
  public void setNewType(String newType) { this.newType = newType; }
  public Long getEditingId() { return editingId; }
  public QuestionDraft getDraft() { return draft; }
  public QuestionPreview getPreview() { return preview; }
  public BankImport getUpload() { return upload; }
}
