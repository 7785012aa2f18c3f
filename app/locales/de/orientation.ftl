# Orientierung (Fragen und Ziele), Informationsseiten, Hilfenummern.
# Einfache Worte für Menschen, die unter Schock stehen können: kurze Sätze, keine Fachsprache.

## Startseite und Fußzeile

orientation-home-title = Was ist passiert? Finden Sie den richtigen Weg
orientation-home-body = Beantworten Sie ein paar kurze Fragen. Wir sagen Ihnen, wie Sie den Vorfall melden können oder wen Sie anrufen können. Ihre Antworten werden nicht gespeichert.
orientation-home-start = Beginnen
orientation-home-direct = Direkt zu einem Verfahren
orientation-home-complaint-title = Anzeige vollständig online erstatten
orientation-home-complaint-body = Für dieselben Straftaten wie bei einer Voranzeige (pré-plainte), wenn Sie Ihre Identität mit FranceConnect nachweisen können. Ohne Gang zur Polizeidienststelle.
orientation-home-discrimination-title = Eine Diskriminierung melden
orientation-home-discrimination-body = Wenn Sie wegen Ihrer Herkunft, Ihres Geschlechts, einer Behinderung, Ihres Alters, Ihrer Religion oder aus einem anderen Grund schlechter behandelt wurden.
orientation-home-internet-title = Einen Betrug im Internet melden
orientation-home-internet-body = Gefälschte Anzeigen, gefälschte Online-Shops, Phishing oder Zahlungen im Internet mit Ihrer Karte, die Sie nicht gemacht haben.
orientation-home-support-title = Hilfe und Unterstützung
orientation-home-support-body = Kostenlose Nummern, um mit jemandem zu sprechen, Tag und Nacht, und Wege, Gewalt zu melden, auch sexuelle Gewalt.
orientation-home-ddd-title = Ein Problem mit einer Behörde
orientation-home-ddd-body = Der Défenseur des droits, eine unabhängige Behörde, kann Ihnen kostenlos helfen.
orientation-home-all-numbers = Alle Nummern und ihre Erreichbarkeit
orientation-footer-start = Den richtigen Weg finden
orientation-find-procedure = Sie wissen nicht, was Sie tun sollen? Finden Sie den richtigen Weg
orientation-restart = Mit anderen Antworten neu beginnen

## Fragen

orientation-q-danger-title = Ist gerade jemand in Gefahr?
orientation-q-danger-hint = Zum Beispiel ist jemand verletzt oder wird bedroht, oder die Person, die es getan hat, ist noch in der Nähe.
orientation-a-danger-yes = Ja, jemand ist gerade in Gefahr
orientation-a-danger-no = Nein, niemand ist gerade in Gefahr
orientation-error-danger = Geben Sie an, ob gerade jemand in Gefahr ist.

orientation-q-what-title = Was ist passiert?
orientation-q-what-hint = Wenn mehreres passiert ist, wählen Sie das Schwerste.
orientation-a-what-property = Mir wurde etwas gestohlen oder beschädigt, oder ich wurde um Geld betrogen
orientation-a-what-property-hint = Diebstahl, Einbruch, Sachbeschädigung oder Vandalismus, Missbrauch meiner Bankkarte, Betrug
orientation-a-what-violence = Jemand hat mich geschlagen, verletzt oder bedroht
orientation-a-what-violence-hint = Körperliche Gewalt oder Drohungen, durch eine unbekannte Person oder durch jemanden, den ich kenne
orientation-a-what-sexual-violence = Sexuelle oder sexistische Gewalt
orientation-a-what-sexual-violence-hint = Sexuelle Belästigung, sexueller Übergriff, Vergewaltigung, sexistische Beleidigungen oder sexistisches Verhalten – gegen mich oder gegen eine andere Person
orientation-a-what-discrimination = Ich wurde wegen dem, was ich bin, schlechter behandelt
orientation-a-what-discrimination-hint = Diskriminierung: wegen meiner Herkunft, meines Geschlechts, einer Behinderung, meines Alters, meiner Religion, meiner sexuellen Orientierung, meines Gesundheitszustands, meines Wohnorts…
orientation-a-what-public-service = Eine Behörde hat mich ungerecht behandelt
orientation-a-what-public-service-hint = Ein Problem mit einer Verwaltung oder einem öffentlichen Dienst, zum Beispiel dem Finanzamt, der CAF, France Travail oder einem öffentlichen Krankenhaus
orientation-a-what-other = Etwas anderes
orientation-a-what-other-hint = Keine dieser Antworten passt zu dem, was passiert ist
orientation-error-what = Wählen Sie aus, was passiert ist.

orientation-q-internet-title = Ist es im Internet passiert?
orientation-q-internet-hint = Zum Beispiel eine gefälschte Anzeige oder Website, eine Nachricht, die nach Ihren Bankdaten fragt, oder Zahlungen im Internet mit Ihrer Karte.
orientation-a-internet-yes = Ja, im Internet
orientation-a-internet-no = Nein, nicht im Internet
orientation-error-internet = Geben Sie an, ob es im Internet passiert ist.

orientation-q-known-title = Wissen Sie, wer es getan hat?
orientation-q-known-hint = Zum Beispiel kennen Sie den Namen der Person oder könnten sagen, wo sie zu finden ist.
orientation-a-known-yes = Ja, ich weiß, wer es getan hat
orientation-a-known-no = Nein, ich weiß nicht, wer es getan hat
orientation-error-known = Geben Sie an, ob Sie wissen, wer es getan hat.

orientation-q-identity-title = Können Sie Ihre Identität online mit FranceConnect nachweisen?
orientation-q-identity-hint = Mit FranceConnect melden Sie sich bei öffentlichen Diensten mit einem Konto an, das Sie schon haben, zum Beispiel bei impots.gouv.fr oder ameli.fr, oder mit der App Identité Numérique La Poste.
orientation-a-identity-yes = Ja, ich kann FranceConnect nutzen
orientation-a-identity-no = Nein, ich kann es nicht nutzen
orientation-a-identity-not-sure = Ich weiß es nicht
orientation-error-identity = Geben Sie an, ob Sie FranceConnect nutzen können.

## Ziele

orientation-dest-emergency-title = Rufen Sie jetzt den Notruf an
orientation-dest-emergency-lead = Wenn Sie oder eine andere Person in Gefahr sind, rufen Sie jetzt an. Diese Anrufe sind kostenlos, Tag und Nacht.
orientation-dest-emergency-safe = Wenn Sie in Sicherheit sind, können Sie auf diese Website zurückkommen und melden, was passiert ist.

orientation-dest-pre-complaint-title = Eine Voranzeige (pré-plainte) online machen
orientation-dest-pre-complaint-lead = Die Voranzeige passt zu Ihrer Situation. Sie beschreiben den Vorfall online und unterschreiben Ihre Anzeige dann auf der Polizeidienststelle (commissariat) oder bei der Gendarmerie-Einheit (brigade de gendarmerie) Ihrer Wahl.
orientation-dest-pre-complaint-body = Das dauert etwa 15 Minuten. Die Dienststelle, die Sie wählen, meldet sich dann bei Ihnen, um einen Termin zu vereinbaren. Sie müssen innerhalb von 30 Tagen unterschreiben.
orientation-dest-pre-complaint-action = Meine Voranzeige beginnen

orientation-dest-online-complaint-title = Online Anzeige erstatten
orientation-dest-online-complaint-lead = Da Sie Ihre Identität mit FranceConnect nachweisen können, können Sie vollständig online Anzeige erstatten, ohne zur Polizeidienststelle oder zur Gendarmerie zu gehen.
orientation-dest-online-complaint-body = Sie melden sich mit FranceConnect an, beschreiben den Vorfall und senden Ihre Anzeige ab. Ihre Anzeige wird 6 Monate aufbewahrt.
orientation-dest-online-complaint-action = Meine Online-Anzeige beginnen
orientation-dest-online-complaint-other-title = Wenn FranceConnect bei Ihnen nicht funktioniert
orientation-dest-online-complaint-other = Sie können stattdessen eine Voranzeige (pré-plainte) machen und sie auf der Polizeidienststelle oder bei der Gendarmerie-Einheit Ihrer Wahl unterschreiben.
orientation-dest-online-complaint-other-link = Eine Voranzeige machen

orientation-dest-discrimination-title = Eine Diskriminierung melden
orientation-dest-discrimination-lead = Wer eine Person wegen ihrer Herkunft, ihres Geschlechts, einer Behinderung, ihres Alters, ihrer Religion oder aus einem anderen gesetzlich genannten Grund schlechter behandelt, diskriminiert sie. Das ist gesetzlich verboten. Sie haben zwei Möglichkeiten zu handeln und können beide nutzen.
orientation-dest-discrimination-police-title = Der Polizei und der Gendarmerie melden
orientation-dest-discrimination-police = Beschreiben Sie den Vorfall auf diesem Portal. Eine Beamtin oder ein Beamter liest Ihre Meldung und meldet sich bei Ihnen. Daraus können eine Anzeige und Ermittlungen werden.
orientation-dest-discrimination-action = Eine Diskriminierung melden
orientation-dest-discrimination-ddd-title = Oder sich an den Défenseur des droits wenden
orientation-dest-discrimination-ddd = Der Défenseur des droits ist eine unabhängige öffentliche Behörde. Seine Hilfe ist kostenlos. Er kann Sie beraten, eine gütliche Lösung suchen und Sie begleiten, wenn Sie vor Gericht gehen.

orientation-dest-support-title = Hilfe und Unterstützung
orientation-dest-support-lead = Sie sind nicht allein, und was passiert ist, ist nicht Ihre Schuld. Es gibt Menschen, die Ihnen kostenlos zuhören, ob es Ihnen selbst oder einer nahestehenden Person passiert ist.
orientation-dest-support-talk-title = Mit jemandem sprechen
orientation-dest-support-report-title = Melden, was passiert ist
orientation-dest-support-report = Auf der nationalen Plattform unten können Sie jederzeit und ohne Ihren Namen zu nennen mit der Polizei oder der Gendarmerie schriftlich chatten. Dort kann man Sie beraten und Ihnen helfen, Anzeige zu erstatten.

orientation-dest-internet-title = Einen Betrug im Internet melden
orientation-dest-internet-lead = Betrug und Kartenbetrug im Internet werden von eigenen Online-Diensten bearbeitet, nicht über eine Voranzeige.
orientation-dest-internet-scam-title = Ein Betrug im Internet
orientation-dest-internet-scam = Gefälschte Anzeigen, gefälschte Online-Shops, Erpressung, gefälschte Geldanlagen, Phishing: Melden Sie es bei THESEE, dem Online-Dienst von Polizei und Gendarmerie für Betrug im Internet. Sie finden ihn auf service-public.fr.
orientation-dest-internet-card-title = Zahlungen mit Ihrer Karte, die Sie nicht gemacht haben
orientation-dest-internet-card = Wenn Ihre Kartendaten im Internet benutzt wurden, obwohl Sie Ihre Karte noch haben, melden Sie es bei Perceval, dem Online-Dienst für Bankkartenbetrug. Sie finden ihn ebenfalls auf service-public.fr.
orientation-dest-internet-site-title = Eine betrügerische Website oder Nachricht
orientation-dest-internet-site = Um eine Website, eine Anzeige oder eine Nachricht zu melden, die gegen das Gesetz verstößt, nutzen Sie den offiziellen Meldedienst:
orientation-dest-internet-now = Wenden Sie sich sofort an Ihre Bank, um Ihre Karte sperren zu lassen. Bewahren Sie alle Beweise auf: Bildschirmfotos, Nachrichten, E-Mails und Kontoauszüge.

orientation-dest-defenseur-des-droits-title = Sich an den Défenseur des droits wenden
orientation-dest-defenseur-des-droits-lead = Wenn eine Behörde Sie ungerecht behandelt, kann der Défenseur des droits Ihnen helfen. Er ist eine unabhängige öffentliche Behörde, und seine Hilfe ist kostenlos.
orientation-dest-defenseur-des-droits-body = Er kümmert sich um Probleme mit Behörden (zum Beispiel dem Finanzamt, der CAF, France Travail oder einem öffentlichen Krankenhaus), um Diskriminierung, um Kinderrechte und um das Verhalten der Sicherheitskräfte. Versuchen Sie zuerst, das Problem mit der betroffenen Stelle zu klären, und bewahren Sie eine Kopie Ihrer Briefe und E-Mails auf.

orientation-dest-station-known-author-title = Gehen Sie zur Polizeidienststelle oder zur Gendarmerie
orientation-dest-station-known-author-lead = Ihre Situation wird vor Ort bearbeitet. Eine Beamtin oder ein Beamter hört Ihnen zu und nimmt Ihre Anzeige auf.
orientation-dest-station-known-author-reason = Warum: Sie wissen, wer es getan hat. Die Online-Voranzeige gibt es nur für Taten, bei denen unbekannt ist, wer sie begangen hat. Sie können sich auch schriftlich an die Staatsanwaltschaft (procureur de la République) wenden.
orientation-dest-station-violence-title = Gehen Sie zur Polizeidienststelle oder zur Gendarmerie
orientation-dest-station-violence-lead = Gewalt und Drohungen werden vor Ort bearbeitet, damit man Ihnen zuhören und Sie wenn nötig schützen kann.
orientation-dest-station-violence-reason = Warum: Gewalt und Drohungen gegen eine Person können auf diesem Portal nicht online gemeldet werden. Wenn Sie verletzt wurden, gehen Sie zu einer Ärztin oder einem Arzt: Ein ärztliches Attest hilft bei Ihrer Anzeige.
orientation-dest-station-other-title = Gehen Sie zur Polizeidienststelle oder zur Gendarmerie
orientation-dest-station-other-lead = Eine Beamtin oder ein Beamter hört Ihnen zu und sagt Ihnen, was Sie tun können.
orientation-dest-station-other-reason = Warum: Dieses Portal deckt Ihre Situation noch nicht ab.
orientation-station-any = Sie können zu jeder Polizeidienststelle (commissariat) und jeder Gendarmerie-Einheit (brigade de gendarmerie) gehen. Dort muss Ihre Anzeige aufgenommen werden, auch wenn die Tat woanders passiert ist.
orientation-station-bring = Bringen Sie einen Ausweis mit und alles, was helfen kann: Fotos, Nachrichten, Kassenbons, Namen von Zeuginnen und Zeugen.

orientation-ddd-phone = Telefonisch:
orientation-ddd-hours = (9 bis 18 Uhr)
orientation-ddd-chat = Per Chat, bei Diskriminierung:
orientation-ddd-website = Auf seiner Website:

## Hilfenummern

helpline-17-name = Notruf von Polizei und Gendarmerie
helpline-17-hours = Rund um die Uhr, 7 Tage die Woche. Kostenlos.
helpline-112-name = Europäische Notrufnummer, von jedem Telefon in Europa
helpline-112-hours = Rund um die Uhr, 7 Tage die Woche. Kostenlos.
helpline-15-name = Medizinischer Notdienst (SAMU)
helpline-15-hours = Rund um die Uhr, 7 Tage die Woche. Kostenlos.
helpline-18-name = Feuerwehr (sapeurs-pompiers)
helpline-18-hours = Rund um die Uhr, 7 Tage die Woche. Kostenlos.
helpline-114-name = Notruf per SMS, wenn Sie nicht sprechen oder hören können, oder wenn Sie nicht sprechen können, weil jemand bei Ihnen ist
helpline-114-hours = Per SMS, rund um die Uhr, 7 Tage die Woche. Kostenlos.
helpline-3919-name = Violences Femmes Info: Zuhören und Beratung für Frauen, die Gewalt erleben, und für ihr Umfeld
helpline-3919-hours = Rund um die Uhr, 7 Tage die Woche. Kostenlos und anonym.
helpline-119-name = Allô Enfance en danger: für gefährdete Kinder und Jugendliche und für Erwachsene, die sich um sie sorgen
helpline-119-hours = Rund um die Uhr, 7 Tage die Woche. Kostenlos, und der Anruf erscheint nicht auf der Telefonrechnung.
helpline-116006-name = France Victimes: Hilfe für Opfer jeder Straftat
helpline-116006-hours = 7 Tage die Woche, 9 bis 19 Uhr. Kostenlos.
helpline-3018-name = Gewalt im Internet: Cybermobbing, Drohungen, intime Bilder, die ohne Einverständnis verbreitet wurden
helpline-3018-hours = Kostenlos, anonym und vertraulich.
helpline-3928-name = Défenseur des droits (französische Ombudsstelle für Bürgerrechte): Diskriminierung und Probleme mit Behörden
helpline-3928-hours = 9 bis 18 Uhr.

## Informationsseiten

guide-more-title = Nützliche Informationen
guide-pre-complaint-start = Eine Voranzeige beginnen

guide-pre-complaint-title = So funktioniert die Voranzeige (pré-plainte)
guide-pre-complaint-lead = Mit der Voranzeige beginnen Sie Ihre Anzeige online und verbringen so weniger Zeit auf der Polizeidienststelle oder bei der Gendarmerie.
guide-pc-declare-title = 1. Sie beschreiben den Vorfall online
guide-pc-declare-body = Sie geben an, wann und wo es passiert ist, was gestohlen oder beschädigt wurde und wie man Sie erreichen kann. Das dauert etwa 15 Minuten, zu jeder Tages- und Nachtzeit.
guide-pc-unit-title = 2. Sie wählen, wo Sie unterschreiben
guide-pc-unit-body = Sie wählen die Polizeidienststelle (commissariat) oder die Gendarmerie-Einheit (brigade de gendarmerie), bei der Sie unterschreiben möchten, und die Tage und Uhrzeiten, die Ihnen passen.
guide-pc-contact-title = 3. Die Dienststelle meldet sich bei Ihnen
guide-pc-contact-body = Eine Beamtin oder ein Beamter liest Ihre Voranzeige und meldet sich per E-Mail oder Telefon bei Ihnen, um Ihnen einen Termin vorzuschlagen.
guide-pc-sign-title = 4. Sie unterschreiben Ihre Anzeige innerhalb von 30 Tagen
guide-pc-sign-body = Ihre Anzeige gilt erst, wenn Sie sie auf der Polizeidienststelle oder bei der Gendarmerie-Einheit unterschrieben haben. Bringen Sie Ihren Ausweis und Ihr Aktenzeichen mit.
guide-pc-sign-lapse = Wenn Sie nicht innerhalb von 30 Tagen unterschreiben, wird die Voranzeige gestrichen und ihre Daten werden gelöscht.
guide-pc-covers-title = Wofür die Voranzeige gedacht ist
guide-pc-covers-body = Für Straftaten gegen Ihr Eigentum, wenn Sie nicht wissen, wer es getan hat:
guide-pc-covers-theft = Diebstahl, auch Taschendiebstahl und Diebstahl aus einem Fahrzeug
guide-pc-covers-burglary = Einbruch
guide-pc-covers-vehicle = Fahrzeugdiebstahl
guide-pc-covers-damage = Sachbeschädigung und Vandalismus
guide-pc-covers-card = Missbrauch Ihrer Bankkarte
guide-pc-covers-scam = Betrug, der nicht im Internet stattgefunden hat
guide-pc-who-title = Wer sie machen kann
guide-pc-who-victim = das Opfer
guide-pc-who-parent = ein Elternteil oder die gesetzliche Vertretung, für ein Kind unter 18 Jahren
guide-pc-who-organisation = die Vertretung eines Unternehmens oder eines Vereins
guide-pc-not-title = Wann es nicht der richtige Weg ist
guide-pc-not-body = Wenn jemand in Gefahr ist, rufen Sie die 17 oder die 112 an. Wenn Sie wissen, wer es getan hat, oder wenn es Gewalt gegen eine Person gab, gehen Sie zur Polizeidienststelle oder zur Gendarmerie. Für Betrug im Internet gibt es einen eigenen Online-Dienst.

guide-what-to-bring-title = Was Sie zum Unterschreiben mitbringen sollten
guide-what-to-bring-lead = Bringen Sie diese Unterlagen zu Ihrem Termin mit. Sie helfen, Ihre Anzeige schnell aufzunehmen.
guide-bring-always-title = In jedem Fall
guide-bring-identity = Einen Ausweis: Personalausweis, Reisepass, Aufenthaltstitel oder Führerschein.
guide-bring-reference = Das Aktenzeichen Ihrer Voranzeige, zum Beispiel PP-7K3Q-9MXD-C. Es steht auf Ihrer Empfangsbestätigung und in der E-Mail, die Sie erhalten haben.
guide-bring-items-title = Für gestohlene oder beschädigte Dinge
guide-bring-items-body = Bringen Sie mit, was Sie haben, auch wenn es unvollständig ist:
guide-bring-ownership = Nachweise, dass die Gegenstände Ihnen gehören: Rechnungen, Kassenbons, Fotos, Verpackungen oder Garantiescheine;
guide-bring-phone = für ein Telefon: seine IMEI-Nummer, die auf der Verpackung oder der Rechnung steht (Ihr Mobilfunkanbieter kann sie Ihnen auch nennen);
guide-bring-vehicle = für ein Fahrzeug: die Zulassungsbescheinigung (carte grise) und die Schlüssel, die Sie noch haben;
guide-bring-card = für eine Bankkarte: Ihre Kontoauszüge mit den Zahlungen, die Sie nicht gemacht haben, und den Nachweis der Kartensperre;
guide-bring-damage = für Sachbeschädigungen: Fotos und Kostenvoranschläge oder Rechnungen für die Reparatur.
guide-bring-other-title = Wenn Sie für eine andere Person handeln
guide-bring-other-body = Für ein Kind unter 18 Jahren bringen Sie ein Dokument mit, das zeigt, dass Sie ein Elternteil oder die gesetzliche Vertretung sind. Für ein Unternehmen oder einen Verein bringen Sie ein Dokument mit, das zeigt, dass Sie in seinem Namen handeln dürfen.
guide-bring-missing-title = Wenn Ihnen etwas fehlt
guide-bring-missing-body = Kommen Sie trotzdem. Fehlende Unterlagen können Sie später nachreichen.

guide-data-retention-title = Wie lange Ihre Daten aufbewahrt werden
guide-data-retention-lead = Wir bewahren Ihre Angaben nur so lange auf wie nötig und löschen sie dann endgültig.
guide-data-periods-title = Aufbewahrungsfristen
guide-data-pre-complaint = Eine nicht unterschriebene Voranzeige: 30 Tage nach dem Absenden gelöscht.
guide-data-complaint = Eine Online-Anzeige: 6 Monate aufbewahrt.
guide-data-draft = Ein begonnenes, aber nicht abgesendetes Formular: nach 30 Tagen gelöscht.
guide-data-signed-title = Sobald Ihre Anzeige unterschrieben ist
guide-data-signed-body = Eine unterschriebene Anzeige gehört zu einem Verfahren der Polizei oder der Gendarmerie. Sie unterliegt dann den Regeln für diese Akten.
guide-data-never-title = Was wir nie speichern
guide-data-never-body = Wir speichern weder Ihre IP-Adresse noch den Browser, den Sie benutzen. Diese Website hat keine Werbung und kein Tracking und lädt nichts von anderen Websites.
guide-data-deleted-title = Was „gelöscht“ bedeutet
guide-data-deleted-body = Am Ende der Frist werden Ihre Antworten aus unserer Datenbank entfernt. Niemand kann sie wiederherstellen, auch wir nicht.

guide-anonymity-title = Melden, ohne den eigenen Namen zu nennen
guide-anonymity-lead = Manche Meldungen können Sie machen, ohne Ihren Namen zu nennen. Eine Anzeige nicht: Dafür wird Ihre Identität gebraucht.
guide-anon-records-title = Was das Portal speichert
guide-anon-records-body = Nur das, was Sie in die Formulare schreiben, und ein Cookie, das verschwindet, wenn Sie Ihren Browser schließen. Dieses Cookie hält Ihre Antworten von einer Seite zur nächsten fest.
guide-anon-not-title = Was das Portal nicht speichert
guide-anon-not-ip = Ihre IP-Adresse oder den Browser, den Sie benutzen;
guide-anon-not-tracking = die Seiten, die Sie besuchen: Es gibt weder Tracking noch Werbung;
guide-anon-not-mail = Ihre E-Mail-Adresse, außer wenn Sie sie angeben möchten.
guide-anon-report-title = Wozu eine anonyme Meldung führen kann
guide-anon-report-body = Eine anonyme Meldung wird von der Polizei oder der Gendarmerie gelesen. Sie kann trotzdem zu Ermittlungen führen, zum Beispiel wenn mehrere Meldungen dieselbe Person oder denselben Ort betreffen.
guide-anon-complaint-title = Warum für eine Anzeige Ihre Identität nötig ist
guide-anon-complaint-body = Eine Anzeige setzt in Ihrem Namen ein Strafverfahren in Gang. Polizei, Gendarmerie und Justiz müssen wissen, wer Sie sind und wie man Sie erreicht.
guide-anon-complaint-address = Wenn Sie um Ihre Sicherheit fürchten, sagen Sie es der Beamtin oder dem Beamten. Sie können darum bitten, statt Ihrer Privatadresse die Adresse der Polizeidienststelle oder der Gendarmerie anzugeben.
guide-anon-device-title = Auf einem geteilten Telefon oder Computer
guide-anon-device-body = Der Verlauf Ihres Browsers kann die Seiten zeigen, die Sie besucht haben. Nutzen Sie ein privates Fenster oder löschen Sie danach Ihren Verlauf.

guide-support-numbers-title = Notruf- und Hilfenummern
guide-support-numbers-lead = Im Notfall rufen Sie die 17 oder die 112 an. Wenn Sie nicht sprechen können, senden Sie eine SMS an die 114.
guide-numbers-emergency-title = Notfälle
guide-numbers-support-title = Jemand, der Ihnen zuhört und hilft
