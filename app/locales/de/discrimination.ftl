## Meldung einer Diskriminierung: Start
discrimination-start-title = Eine Diskriminierung melden
discrimination-start-lead = Diskriminierung bedeutet, eine Person in einer vergleichbaren Lage schlechter zu behandeln als eine andere, und zwar wegen eines Merkmals, das nach dem Gesetz keine Rolle spielen darf: Herkunft, Geschlecht, Alter, Behinderung, Religion, sexuelle Orientierung, Wohnort…
discrimination-start-danger = Wenn Sie jetzt in Gefahr sind, rufen Sie die 17 oder die 112 an oder senden Sie eine SMS an die 114. Wenn Sie körperlich angegriffen wurden, gehen Sie zur Polizeidienststelle (commissariat) oder zur Gendarmerie.
discrimination-start-law-title = Was das Gesetz sagt
discrimination-start-law-body = Das französische Strafgesetzbuch (Code pénal, Artikel 225-1 und 225-2) nennt mehr als zwanzig Merkmale. Jemanden wegen eines dieser Merkmale schlechter zu behandeln, ist eine Straftat, insbesondere wenn es dazu führt:
discrimination-start-law-offence = Diese Straftaten werden mit Freiheitsstrafe und Geldstrafe bestraft, und noch härter, wenn sie von einer Person mit öffentlicher Amtsgewalt begangen werden (Artikel 432-7).
discrimination-start-routes-title = Zwei Wege, die Sie auch beide gehen können
discrimination-start-routes-intro = Sie können den Vorfall der Polizei oder der Gendarmerie melden, sich an den Défenseur des droits (die französische Ombudsstelle für Bürgerrechte) wenden, oder beides.
discrimination-start-police-title = Den Vorfall mit diesem Formular der Polizei oder der Gendarmerie melden
discrimination-start-police-body = Ihre Meldung geht an die Polizeidienststelle (commissariat) oder die Gendarmerie-Einheit (brigade de gendarmerie), die Sie auswählen. Eine Beamtin oder ein Beamter prüft sie und kann sich bei Ihnen melden. Wenn der Vorfall es rechtfertigt, wird Ihnen angeboten, Anzeige zu erstatten. Am Ende des Formulars können Sie zustimmen, dass Ihre Akte auch an den Défenseur des droits weitergegeben wird.
discrimination-start-defenseur-title = Sich an den Défenseur des droits wenden
discrimination-start-defenseur-body = Der Défenseur des droits ist eine unabhängige Behörde. Er hört Ihnen zu, berät Sie und kann handeln, damit Ihre Rechte geachtet werden, auch ohne Anzeige. Seine Hilfe ist kostenlos.
discrimination-defenseur-phone = telefonisch, kostenloser Anruf
discrimination-defenseur-chat = um online mit einer Juristin oder einem Juristen zu schreiben
discrimination-defenseur-hours = Montag bis Freitag, 9 bis 18 Uhr.
discrimination-start-need-title = Legen Sie sich vor dem Start nach Möglichkeit bereit
discrimination-start-need-when = Datum und Ort des Vorfalls, auch ungefähr;
discrimination-start-need-words = die gesagten oder geschriebenen Worte, so genau wie möglich;
discrimination-start-need-people = was Sie über die Täterin oder den Täter und über Zeuginnen und Zeugen wissen;
discrimination-start-need-email = eine E-Mail-Adresse, um Ihr Aktenzeichen zu erhalten.
discrimination-start-evidence = Bewahren Sie alle Beweise auf: Nachrichten, Briefe, Anzeigen und Inserate, Bildschirmfotos, Namen von Zeuginnen und Zeugen. Diese Beweise werden später nützlich sein.
discrimination-start-time = Das dauert etwa 10 Minuten. Ihre Antworten werden bei jedem Schritt gespeichert.
discrimination-start-button = Beginnen

## Meldung einer Diskriminierung: Sicherheit
discrimination-safety-title = Ihre Sicherheit
discrimination-safety-danger = Sind Sie selbst oder ist eine andere Person gerade in Gefahr?
discrimination-safety-danger-hint = Wenn ja, rufen Sie sofort die 17 oder die 112 an oder senden Sie eine SMS an die 114.
discrimination-safety-violence = Gab es körperliche Gewalt (Schläge, Stoßen, einen Angriff)?
discrimination-safety-violence-hint = Gewalt wird persönlich angezeigt, auf der Polizeidienststelle oder bei der Gendarmerie.
discrimination-elsewhere-danger-title = Rufen Sie jetzt den Notruf an
discrimination-elsewhere-danger-body = Bei Gefahr nutzen Sie dieses Formular nicht: Rufen Sie die 17 oder die 112 an. Wenn Sie nicht sprechen können, senden Sie eine SMS an die 114.
discrimination-elsewhere-danger-next = Sobald Sie in Sicherheit sind, können Sie zurückkommen und die Diskriminierung melden.
discrimination-elsewhere-violence-title = Erstatten Sie Anzeige auf der Polizeidienststelle oder bei der Gendarmerie
discrimination-elsewhere-violence-body = Körperliche Gewalt wird persönlich angezeigt. Gehen Sie zu einer Polizeidienststelle (commissariat) oder einer Gendarmerie-Einheit (brigade de gendarmerie), um Anzeige zu erstatten, und sagen Sie, warum Sie glauben, dass es gezielt gegen Sie ging: Das Gesetz bestraft Gewalt härter, wenn sie wegen der Herkunft, der Religion, des Geschlechts, der sexuellen Orientierung oder der Geschlechtsidentität des Opfers begangen wird.
discrimination-elsewhere-violence-next = Wenn Sie verletzt wurden, gehen Sie zu einer Ärztin oder einem Arzt: Ein ärztliches Attest hilft bei Ihrer Anzeige. Im Notfall rufen Sie die 17 oder die 112 an.
discrimination-elsewhere-defenseur-title = Auch der Défenseur des droits kann Ihnen helfen
discrimination-elsewhere-defenseur-body = Wenn Sie zur Diskriminierung selbst ein offenes Ohr und Rat suchen, wenden Sie sich kostenlos an den Défenseur des droits:

## Meldung einer Diskriminierung: Rolle
discrimination-role-title = In welcher Rolle machen Sie diese Meldung?
discrimination-reporter-victim = Ich bin das Opfer
discrimination-reporter-victim-hint = Die Diskriminierung richtete sich gegen mich persönlich.
discrimination-reporter-witness = Ich bin Zeugin oder Zeuge
discrimination-reporter-witness-hint = Ich habe den Vorfall gesehen oder gehört, er richtete sich aber nicht gegen mich.
discrimination-reporter-representative = Ich vertrete das Opfer
discrimination-reporter-representative-hint = Zum Beispiel bin ich ein Elternteil oder die gesetzliche Vertretung, oder ich handle für einen Verein.

## Meldung einer Diskriminierung: Bereich (Code pénal, Artikel 225-2 und 432-7)
discrimination-domain-title = In welcher Situation fand die Diskriminierung statt?
discrimination-domain-hint = Wählen Sie die Situation, die am besten passt. Wenn keine passt, wählen Sie „Etwas anderes“.
discrimination-domain-goods-and-services = Eine Ware oder Dienstleistung wurde verweigert
discrimination-domain-goods-and-services-hint = In einem Geschäft, einem Restaurant, einer Diskothek, bei der Wohnungsmiete, bei der Bank oder einer Versicherung, bei einer Freizeitaktivität.
discrimination-domain-economic-activity = Eine wirtschaftliche Tätigkeit wurde behindert
discrimination-domain-economic-activity-hint = Zum Beispiel wurde jemand daran gehindert, seinen Beruf auszuüben, oder es wurde abgelehnt, mit einem Unternehmen oder einem Geschäft zusammenzuarbeiten.
discrimination-domain-employment = Eine Ablehnung bei der Einstellung, eine Sanktion oder eine Kündigung
discrimination-domain-employment-hint = Bei einer Bewerbung oder am Arbeitsplatz.
discrimination-domain-conditional-offer = Ein Angebot nur für bestimmte Personen
discrimination-domain-conditional-offer-hint = Eine Ware, eine Dienstleistung, eine Stelle oder ein Praktikum unter einer Bedingung, die mit einem verbotenen Merkmal zusammenhängt, zum Beispiel eine Anzeige, die bestimmte Personen ausschließt.
discrimination-domain-social-security-internship = Ein Praktikum der beruflichen Bildung wurde verweigert
discrimination-domain-social-security-internship-hint = Eines der Praktika nach Artikel L. 412-8 des französischen Sozialversicherungsgesetzbuchs (Code de la sécurité sociale).
discrimination-domain-public-official = Diskriminierung durch eine Amtsperson
discrimination-domain-public-official-hint = Eine Person mit öffentlicher Amtsgewalt oder mit einer öffentlichen Aufgabe hat ein gesetzlich vorgesehenes Recht verweigert oder eine wirtschaftliche Tätigkeit behindert.
discrimination-domain-other = Etwas anderes
discrimination-domain-other-hint = Sie können es später in Ihrer Schilderung beschreiben.

## Meldung einer Diskriminierung: Merkmale (Code pénal, Artikel 225-1)
discrimination-criteria-title = Auf welchem Merkmal beruhte die Diskriminierung Ihrer Meinung nach?
discrimination-criteria-hint = Kreuzen Sie alle Merkmale an, die Ihrer Meinung nach zutreffen. Wenn Sie es nicht wissen, kreuzen Sie nur „Ich weiß es nicht“ an.
discrimination-criterion-origin = Herkunft
discrimination-criterion-origin-hint = Das Land oder die Region, aus der man kommt oder zu kommen scheint.
discrimination-criterion-sex = Geschlecht
discrimination-criterion-family-situation = Familienstand
discrimination-criterion-family-situation-hint = Verheiratet, geschieden, alleinerziehend sein, Kinder haben…
discrimination-criterion-pregnancy = Schwangerschaft
discrimination-criterion-physical-appearance = Äußeres Erscheinungsbild
discrimination-criterion-economic-vulnerability = Verletzlichkeit wegen der wirtschaftlichen Lage
discrimination-criterion-economic-vulnerability-hint = In Armut oder in unsicheren Verhältnissen leben, ob man es sieht oder ob es bekannt ist.
discrimination-criterion-surname = Familienname
discrimination-criterion-place-of-residence = Wohnort
discrimination-criterion-place-of-residence-hint = Das Viertel, die Gemeinde oder die Adresse, in der man wohnt.
discrimination-criterion-health = Gesundheitszustand
discrimination-criterion-loss-of-autonomy = Verlust der Selbstständigkeit
discrimination-criterion-loss-of-autonomy-hint = Durch Alter, Krankheit oder einen Unfall.
discrimination-criterion-disability = Behinderung
discrimination-criterion-genetic-characteristics = Genetische Merkmale
discrimination-criterion-genetic-characteristics-hint = Zum Beispiel das Risiko einer Erbkrankheit.
discrimination-criterion-morals = Lebensweise (mœurs)
discrimination-criterion-morals-hint = Wie man lebt, persönliche Lebensentscheidungen.
discrimination-criterion-sexual-orientation = Sexuelle Orientierung
discrimination-criterion-gender-identity = Geschlechtsidentität
discrimination-criterion-gender-identity-hint = Zum Beispiel eine trans Person sein.
discrimination-criterion-age = Alter
discrimination-criterion-political-opinions = Politische Meinung
discrimination-criterion-trade-union = Gewerkschaftliche Tätigkeit
discrimination-criterion-language = Die Fähigkeit, sich in einer anderen Sprache als Französisch auszudrücken
discrimination-criterion-language-hint = Eine Fremdsprache oder eine Regionalsprache sprechen.
discrimination-criterion-ethnicity-nation-race-religion = Die tatsächliche oder vermutete Zugehörigkeit oder Nichtzugehörigkeit zu einer Ethnie, einer Nation, einer sogenannten Rasse oder einer Religion
discrimination-criterion-ethnicity-nation-race-religion-hint = Auch eine Religion, die man Ihnen zuschreibt, oder dass Sie keine Religion haben.
discrimination-criterion-whistleblower = Eigenschaft als Hinweisgeberin oder Hinweisgeber (Whistleblower)
discrimination-criterion-whistleblower-hint = Oder als Person, die Hinweisgebende unterstützt oder mit ihnen in Verbindung steht.
discrimination-criterion-not-sure = Ich weiß es nicht
discrimination-criterion-not-sure-hint = Nur allein ankreuzen. Die Beamtin oder der Beamte hilft Ihnen, es genauer zu bestimmen.

## Meldung einer Diskriminierung: gesagte oder geschriebene Worte
discrimination-words-title = Was gesagt wurde
discrimination-words-intro = Beleidigende, verleumderische oder zu Hass aufstachelnde Worte, gesprochen oder geschrieben, können zusätzlich zur Diskriminierung eine Straftat sein.
discrimination-words-said = Wurden beleidigende, verleumderische oder provozierende Worte gesagt oder geschrieben?
discrimination-words-exact = Die genauen Worte sind wichtig: Schreiben Sie sie so ab, wie sie gesagt oder geschrieben wurden, auch wenn sie grob sind. Fassen Sie sie nicht zusammen.
discrimination-words-verbatim = Die gesagten oder geschriebenen Worte (wenn Sie mit Ja geantwortet haben)
discrimination-words-verbatim-hint = Setzen Sie sie in Anführungszeichen und geben Sie an, wer sie gesagt oder geschrieben hat und wie: laut, in einer Nachricht, in sozialen Netzwerken…

## Meldung einer Diskriminierung: Täterin oder Täter
discrimination-author-title = Wer es getan hat
discrimination-author-kind = Wer hat es getan?
discrimination-author-kind-person = Eine Person
discrimination-author-kind-person-hint = Eine Privatperson, jemand aus der Nachbarschaft, eine Kundin oder ein Kunde, eine Kollegin oder ein Kollege…
discrimination-author-kind-company = Ein Unternehmen oder ein Verein
discrimination-author-kind-company-hint = Ein Geschäft, ein Arbeitgeber, eine Immobilienagentur, ein Vermieter, eine Bank…
discrimination-author-kind-administration = Eine Behörde oder ein öffentlicher Dienst
discrimination-author-kind-administration-hint = Ein Rathaus (mairie), eine Präfektur, ein Krankenhaus, eine Schule, eine Amtsperson…
discrimination-author-known = Wissen Sie, wer es ist?
discrimination-author-known-hint = Zum Beispiel der Name der Person, des Unternehmens oder der Stelle.
discrimination-author-known-yes = Ja, ich weiß, wer es ist
discrimination-author-known-no = Nein, ich weiß es nicht
discrimination-author-name = Name der Person oder der Organisation (freiwillig)
discrimination-author-name-hint = Wenn Sie ihn kennen. Sie können auch die Funktion angeben, zum Beispiel „der Geschäftsführer“.

## Meldung einer Diskriminierung: wann, wo, Schilderung, Zeugen, Dienststelle
discrimination-when-where-title = Wann und wo ist es passiert?
discrimination-when-heading = Wann
discrimination-where-heading = Wo
discrimination-place = Genauer Ort (freiwillig)
discrimination-place-hint = Name des Geschäfts, Adresse, Einrichtung oder Website, wenn es online passiert ist.
discrimination-account-title = Schildern Sie, was passiert ist
discrimination-account-intro = Beschreiben Sie den Vorfall mit Ihren eigenen Worten und der Reihe nach: was Sie wollten oder getan haben, was gesagt oder abgelehnt wurde und warum Sie glauben, dass es eine Diskriminierung ist.
discrimination-account-label = Ihre Schilderung
discrimination-account-hint = Höchstens { $max } Zeichen. Nennen Sie auch die Beweise, die Sie haben: Nachrichten, Briefe, Anzeigen und Inserate.
discrimination-witnesses-any = Hat jemand den Vorfall gesehen oder gehört?
discrimination-unit-title = Welche Dienststelle soll Ihre Meldung bearbeiten?
discrimination-unit-intro = Wählen Sie die Polizeidienststelle (commissariat) oder die Gendarmerie-Einheit (brigade de gendarmerie), die Ihre Meldung erhalten soll, zum Beispiel in der Nähe des Tatorts oder Ihrer Wohnung. Eine Beamtin oder ein Beamter dieser Dienststelle prüft sie und kann sich bei Ihnen melden.
discrimination-error-unit = Wählen Sie die Polizeidienststelle oder die Gendarmerie-Einheit, die Ihre Meldung erhalten soll.

## Meldung einer Diskriminierung: Kontakt und Einwilligung
discrimination-contact-title = Ihre Kontaktdaten
discrimination-contact-intro = Damit kann die Dienststelle Sie kontaktieren und Ihnen Ihr Aktenzeichen senden.
discrimination-contact-represented-legend = Das Opfer, das Sie vertreten
discrimination-contact-represented-name = Vor- und Nachname des Opfers
discrimination-contact-organisation = Verein (freiwillig)
discrimination-contact-organisation-hint = Wenn Sie für einen Verein handeln, geben Sie seinen Namen an.
discrimination-contact-email-hint = Wir senden Ihr Aktenzeichen und die Nachrichten der Beamtin oder des Beamten an diese Adresse.
discrimination-contact-phone-hint = Die Beamtin oder der Beamte kann Sie anrufen, um mehr zu erfahren.
discrimination-consent-title = Ihre Akte auch an den Défenseur des droits weitergeben
discrimination-consent-body = Der Défenseur des droits kann zusätzlich zur Polizei handeln: Er kann eine Schlichtung vorschlagen, Empfehlungen aussprechen oder vor Gericht Stellungnahmen abgeben. Mit Ihrer Zustimmung geben wir Ihre Meldung an ihn weiter.
discrimination-consent-legend = Ihre Zustimmung (freiwillig)
discrimination-consent-label = Ich bin einverstanden, dass meine Meldung auch an den Défenseur des droits weitergegeben wird.
discrimination-consent-hint = Wenn Sie dieses Kästchen nicht ankreuzen, wird nichts an ihn weitergegeben. Sie können ihn auch selbst unter 3928 erreichen.

## Meldung einer Diskriminierung: Prüfen
discrimination-check-section-report = Ihre Meldung
discrimination-check-section-you = Ihre Kontaktdaten
discrimination-check-role = Sie sind
discrimination-check-domain = Bereich
discrimination-check-criteria = Merkmale
discrimination-check-words = Gesagte Worte
discrimination-check-no-words = Keine
discrimination-check-author = Täterin oder Täter
discrimination-check-author-known = Bekannt, Name nicht angegeben
discrimination-check-author-unknown = Unbekannt
discrimination-check-represented = Vertretenes Opfer
discrimination-check-consent = Weitergabe an den Défenseur des droits
discrimination-check-consent-yes = Die Akte auch weitergeben
discrimination-check-consent-no = Die Akte nicht weitergeben
discrimination-check-unit = Empfangende Dienststelle
discrimination-check-send-title = Ihre Meldung senden
discrimination-check-send-body = Ihre Meldung wird an die gewählte Dienststelle weitergeleitet. Wer wissentlich falsche Tatsachen meldet, macht sich strafbar (Artikel 226-10 und 434-26 des Code pénal).
discrimination-check-send-button = Meldung senden

## Meldung einer Diskriminierung: Bestätigung und E-Mail
discrimination-confirmation-title = Meldung gesendet
discrimination-confirmation-sent-on = Gesendet am { $date }.
discrimination-confirmation-email = Wir haben Ihnen eine Bestätigung per E-Mail gesendet. Bewahren Sie dieses Aktenzeichen auf: Sie werden danach gefragt.
discrimination-confirmation-next-title = Wie geht es weiter?
discrimination-confirmation-next = Ihre Meldung wurde an diese Dienststelle weitergeleitet. Eine Beamtin oder ein Beamter prüft sie und kann Sie per E-Mail oder Telefon kontaktieren:
discrimination-confirmation-complaint = Wenn der Vorfall es rechtfertigt, wird Ihnen angeboten, Anzeige zu erstatten. Sie können auch jederzeit auf einer Polizeidienststelle (commissariat) oder bei einer Gendarmerie-Einheit (brigade de gendarmerie) Anzeige erstatten und dabei Ihr Aktenzeichen angeben.
discrimination-confirmation-defenseur-title = Der Défenseur des droits
discrimination-confirmation-defenseur-body = Wenn Sie zugestimmt haben, wird Ihre Akte auch an ihn weitergegeben. Sie können ihn direkt und kostenlos kontaktieren:
discrimination-email-subject = Ihre Meldung { $reference } ist eingegangen
discrimination-email-intro = Ihre Meldung einer Diskriminierung ist gespeichert. Eine Beamtin oder ein Beamter dieser Dienststelle prüft sie und kann Sie kontaktieren:
discrimination-email-defenseur = Auch der Défenseur des droits kann Ihnen kostenlos helfen: Rufen Sie die 3928 an oder besuchen Sie antidiscriminations.fr, Montag bis Freitag von 9 bis 18 Uhr.

## Meldung einer Diskriminierung: Fehler
error-choose-danger = Geben Sie an, ob gerade jemand in Gefahr ist.
error-choose-reporter = Geben Sie an, in welcher Rolle Sie diese Meldung machen.
error-choose-domain = Wählen Sie die Situation, die dem Vorfall am nächsten kommt.
error-choose-criteria = Kreuzen Sie mindestens ein Merkmal an oder „Ich weiß es nicht“.
error-criteria-not-sure-alone = „Ich weiß es nicht“ kann nicht zusammen mit einem anderen Merkmal angekreuzt werden.
error-choose-words-said = Geben Sie an, ob Worte gesagt oder geschrieben wurden.
error-required-words = Schreiben Sie die gesagten oder geschriebenen Worte ab.
error-choose-author-kind = Geben Sie an, wer es getan hat.
error-choose-author-known = Geben Sie an, ob Sie wissen, wer es getan hat.
error-required-represented-name = Geben Sie den Namen des Opfers ein.
