package ru.shibc.academy.people.importing;

/** What is already registered, so that an import cannot create a second account for a person. */
public interface ExistingStaff {

  boolean emailTaken(String emailLowercase);

  /**
   * @param snilsDigits the 11 digits without separators
   */
  boolean snilsTaken(String snilsDigits);

  /** For previews before anyone is registered, and for tests. */
  static ExistingStaff none() {
    return new ExistingStaff() {
      @Override
      public boolean emailTaken(String emailLowercase) {
        return false;
      }

      @Override
      public boolean snilsTaken(String snilsDigits) {
        return false;
      }
    };
  }
}
