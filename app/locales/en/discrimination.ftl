## Discrimination report: start
discrimination-start-title = Report discrimination
discrimination-start-lead = Discrimination means treating someone less well than another person in a comparable situation because of a ground the law forbids taking into account: their origin, sex, age, disability, religion, sexual orientation, where they live…
discrimination-start-danger = If you are in danger now, call 17 or 112, or text 114. If you were physically attacked, go to a police station or a gendarmerie.
discrimination-start-law-title = What the law says
discrimination-start-law-body = The Criminal Code (articles 225-1 and 225-2) lists more than twenty grounds. Treating someone less well on one of them is an offence, in particular when it leads to:
discrimination-start-law-offence = These offences are punished by prison and a fine, and more heavily still when committed by someone holding public authority (article 432-7).
discrimination-start-routes-title = Two routes, which you can take together
discrimination-start-routes-intro = You can report the facts to the police or gendarmerie, contact the Défenseur des droits (the French rights ombudsman), or do both.
discrimination-start-police-title = Report the facts to the police or gendarmerie with this form
discrimination-start-police-body = Your report goes to the police station or gendarmerie unit you choose. An officer reviews it and may contact you; if the facts call for it, they will offer you to file a complaint. At the end of the form, you can agree that your file is also passed on to the Défenseur des droits.
discrimination-start-defenseur-title = Contact the Défenseur des droits
discrimination-start-defenseur-body = The Défenseur des droits is an independent authority. It listens, advises and can act to uphold your rights, even without a complaint. Its help is free.
discrimination-defenseur-phone = by phone, free call
discrimination-defenseur-chat = to talk online with a legal adviser
discrimination-defenseur-hours = Monday to Friday, 9 am to 6 pm.
discrimination-start-need-title = Before you start, gather if you can
discrimination-start-need-when = the date and place, even approximate;
discrimination-start-need-words = the words said or written, as exactly as possible;
discrimination-start-need-people = what you know about the author and any witnesses;
discrimination-start-need-email = an email address, to receive your reference.
discrimination-start-evidence = Keep all evidence: messages, letters, adverts, screenshots, witnesses’ names. They will be useful later.
discrimination-start-time = It takes about 10 minutes. Your answers are saved at each step.
discrimination-start-button = Start now

## Discrimination report: safety
discrimination-safety-title = Your safety
discrimination-safety-danger = Are you or someone else in danger right now?
discrimination-safety-danger-hint = If so, call 17 or 112 at once, or text 114.
discrimination-safety-violence = Was there any physical violence (blows, shoving, an assault)?
discrimination-safety-violence-hint = Violence is reported in person, at a police station or gendarmerie.
discrimination-elsewhere-danger-title = Call for help now
discrimination-elsewhere-danger-body = If someone is in danger, do not use this form: call 17 or 112. If you cannot speak, text 114.
discrimination-elsewhere-danger-next = Once you are safe, you can come back and report the discrimination.
discrimination-elsewhere-violence-title = File a complaint at a police station or gendarmerie
discrimination-elsewhere-violence-body = Physical violence is reported in person. Go to a police station or a gendarmerie to file a complaint, and say why you think you were targeted: the law punishes violence more heavily when it is committed because of the victim’s origin, religion, sex, sexual orientation or gender identity.
discrimination-elsewhere-violence-next = If you were hurt, see a doctor: a medical certificate will help your complaint. In an emergency, call 17 or 112.
discrimination-elsewhere-defenseur-title = The Défenseur des droits can help too
discrimination-elsewhere-defenseur-body = To be listened to and advised about the discrimination itself, contact the Défenseur des droits, free of charge:

## Discrimination report: role
discrimination-role-title = Who are you in this report?
discrimination-reporter-victim = I am the victim
discrimination-reporter-victim-hint = The discrimination was aimed at me.
discrimination-reporter-witness = I am a witness
discrimination-reporter-witness-hint = I saw or heard what happened, but it was not aimed at me.
discrimination-reporter-representative = I represent the victim
discrimination-reporter-representative-hint = For example, I am their parent or legal guardian, or I act for an association.

## Discrimination report: domain (Criminal Code, articles 225-2 and 432-7)
discrimination-domain-title = In what situation did the discrimination happen?
discrimination-domain-hint = Choose the closest situation. If none fits, choose “Something else”.
discrimination-domain-goods-and-services = Being refused goods or a service
discrimination-domain-goods-and-services-hint = In a shop, a restaurant, a nightclub, when renting a home, at a bank or an insurer, for a leisure activity.
discrimination-domain-economic-activity = Being hindered in an economic activity
discrimination-domain-economic-activity-hint = For example, being prevented from doing your trade, or a refusal to do business with a company or a trader.
discrimination-domain-employment = Being refused a job, sanctioned or dismissed
discrimination-domain-employment-hint = During recruitment or at work.
discrimination-domain-conditional-offer = An offer restricted to some people
discrimination-domain-conditional-offer-hint = Goods, a service, a job or an internship made conditional on a forbidden ground, for example an advert that rules some people out.
discrimination-domain-social-security-internship = Being refused a vocational training placement
discrimination-domain-social-security-internship-hint = One of the placements provided for by article L. 412-8 of the Social Security Code.
discrimination-domain-public-official = Discrimination by a public official
discrimination-domain-public-official-hint = Someone holding public authority or carrying out a public-service task refused a right granted by law, or hindered an economic activity.
discrimination-domain-other = Something else
discrimination-domain-other-hint = You can describe it later, in your account.

## Discrimination report: criteria (Criminal Code, article 225-1)
discrimination-criteria-title = In your view, what ground was the discrimination based on?
discrimination-criteria-hint = Tick every ground that seems to apply. If you do not know, tick only “I am not sure”.
discrimination-criterion-origin = Origin
discrimination-criterion-origin-hint = The country or region someone comes from, or seems to come from.
discrimination-criterion-sex = Sex
discrimination-criterion-family-situation = Family situation
discrimination-criterion-family-situation-hint = Being married, divorced, a single parent, having children…
discrimination-criterion-pregnancy = Pregnancy
discrimination-criterion-physical-appearance = Physical appearance
discrimination-criterion-economic-vulnerability = Vulnerability due to one’s economic situation
discrimination-criterion-economic-vulnerability-hint = Being poor or in hardship, whether it shows or is known.
discrimination-criterion-surname = Surname
discrimination-criterion-place-of-residence = Place of residence
discrimination-criterion-place-of-residence-hint = The neighbourhood, town or address where someone lives.
discrimination-criterion-health = State of health
discrimination-criterion-loss-of-autonomy = Loss of autonomy
discrimination-criterion-loss-of-autonomy-hint = Due to age, illness or an accident.
discrimination-criterion-disability = Disability
discrimination-criterion-genetic-characteristics = Genetic characteristics
discrimination-criterion-genetic-characteristics-hint = For example, a risk of a hereditary disease.
discrimination-criterion-morals = Morals (way of life)
discrimination-criterion-morals-hint = How someone lives, their personal life choices.
discrimination-criterion-sexual-orientation = Sexual orientation
discrimination-criterion-gender-identity = Gender identity
discrimination-criterion-gender-identity-hint = For example, being a transgender person.
discrimination-criterion-age = Age
discrimination-criterion-political-opinions = Political opinions
discrimination-criterion-trade-union = Trade-union activities
discrimination-criterion-language = Ability to express oneself in a language other than French
discrimination-criterion-language-hint = Speaking a foreign or regional language.
discrimination-criterion-ethnicity-nation-race-religion = Belonging or not belonging, truly or supposedly, to an ethnic group, a nation, a so-called race or a religion
discrimination-criterion-ethnicity-nation-race-religion-hint = Including a religion people assume you have, or having none.
discrimination-criterion-whistleblower = Being a whistleblower
discrimination-criterion-whistleblower-hint = Or a facilitator, or someone connected to a whistleblower.
discrimination-criterion-not-sure = I am not sure
discrimination-criterion-not-sure-hint = Tick it on its own. The officer will help you work it out.

## Discrimination report: words said or written
discrimination-words-title = What was said
discrimination-words-intro = Insulting or defamatory words, or words stirring up hatred, spoken or written, can be an offence on top of the discrimination.
discrimination-words-said = Were insulting, defamatory or provoking words said or written?
discrimination-words-exact = The exact words matter: copy them as they were said or written, even if they are crude. Do not sum them up.
discrimination-words-verbatim = The words said or written (if you answered yes)
discrimination-words-verbatim-hint = Put them in quotation marks, and say who said or wrote them, and how: out loud, in a message, on social media…

## Discrimination report: author
discrimination-author-title = Who did it
discrimination-author-kind = Who is the author?
discrimination-author-kind-person = A person
discrimination-author-kind-person-hint = A private individual, a neighbour, a customer, a colleague…
discrimination-author-kind-company = A company or an association
discrimination-author-kind-company-hint = A shop, an employer, a letting agency, a landlord, a bank…
discrimination-author-kind-administration = An administration or a public service
discrimination-author-kind-administration-hint = A town hall, a prefecture, a hospital, a school, a public official…
discrimination-author-known = Do you know who it is?
discrimination-author-known-hint = For example their name, or the name of the company or service.
discrimination-author-known-yes = Yes, I know who it is
discrimination-author-known-no = No, I do not know
discrimination-author-name = Name of the person or organisation (optional)
discrimination-author-name-hint = If you know it. You can also give their role, for example “the manager”.

## Discrimination report: when, where, account, witnesses, unit
discrimination-when-where-title = When and where did it happen?
discrimination-when-heading = When
discrimination-where-heading = Where
discrimination-place = Exact place (optional)
discrimination-place-hint = Name of the shop, address, building, or the website if it happened online.
discrimination-account-title = Tell us what happened
discrimination-account-intro = Describe the facts in your own words, in order: what you were asking for or doing, what was said or refused, and why you think it was discrimination.
discrimination-account-label = Your account
discrimination-account-hint = At most { $max } characters. Also mention any evidence you have: messages, letters, adverts.
discrimination-witnesses-any = Did anyone see or hear what happened?
discrimination-unit-title = Which unit should handle your report?
discrimination-unit-intro = Choose the police station or gendarmerie unit that will receive your report, for example near where it happened or near your home. An officer there will review it and may contact you.
discrimination-error-unit = Choose the police station or gendarmerie unit that will receive your report.

## Discrimination report: contact and consent
discrimination-contact-title = Your contact details
discrimination-contact-intro = They let the unit contact you and send you your reference.
discrimination-contact-represented-legend = The victim you represent
discrimination-contact-represented-name = The victim’s full name
discrimination-contact-organisation = Association (optional)
discrimination-contact-organisation-hint = If you act for an association, give its name.
discrimination-contact-email-hint = We will send your reference and the officer’s messages there.
discrimination-contact-phone-hint = The officer may call you to find out more.
discrimination-consent-title = Also pass your file on to the Défenseur des droits
discrimination-consent-body = The Défenseur des droits can act alongside the police: it can offer mediation, make recommendations or submit observations to a court. With your agreement, we pass your report on to it.
discrimination-consent-legend = Your agreement (optional)
discrimination-consent-label = I agree that my report is also passed on to the Défenseur des droits.
discrimination-consent-hint = If you do not tick this box, nothing is passed on. You can also contact it yourself on 3928.

## Discrimination report: check
discrimination-check-section-report = Your report
discrimination-check-section-you = Your contact details
discrimination-check-role = You are
discrimination-check-domain = Situation
discrimination-check-criteria = Grounds
discrimination-check-words = Words said
discrimination-check-no-words = None
discrimination-check-author = Author
discrimination-check-author-known = Known, name not given
discrimination-check-author-unknown = Unknown
discrimination-check-represented = Victim represented
discrimination-check-consent = Passing on to the Défenseur des droits
discrimination-check-consent-yes = Pass the file on as well
discrimination-check-consent-no = Do not pass the file on
discrimination-check-unit = Unit receiving the report
discrimination-check-send-title = Send your report
discrimination-check-send-body = Your report will go to the unit you chose. Reporting facts you know to be false is punished by law (articles 226-10 and 434-26 of the Criminal Code).
discrimination-check-send-button = Send the report

## Discrimination report: confirmation and email
discrimination-confirmation-title = Report sent
discrimination-confirmation-sent-on = Sent on { $date }.
discrimination-confirmation-email = A confirmation email has been sent to you. Keep this reference: you will be asked for it.
discrimination-confirmation-next-title = What happens next
discrimination-confirmation-next = Your report has gone to this unit. An officer will review it and may contact you by email or phone:
discrimination-confirmation-complaint = If the facts call for it, they will offer you to file a complaint. You can also file a complaint at any time at a police station or gendarmerie, giving your reference.
discrimination-confirmation-defenseur-title = The Défenseur des droits
discrimination-confirmation-defenseur-body = If you agreed, your file is passed on to it as well. You can contact it directly, free of charge:
discrimination-email-subject = Your report { $reference } has been received
discrimination-email-intro = Your discrimination report has been recorded. An officer of this unit will review it and may contact you:
discrimination-email-defenseur = The Défenseur des droits can help too, free of charge: call 3928 or go to antidiscriminations.fr, Monday to Friday, 9 am to 6 pm.

## Discrimination report: errors
error-choose-danger = Say whether anyone is in danger right now.
error-choose-reporter = Say who you are in this report.
error-choose-domain = Choose the situation closest to what happened.
error-choose-criteria = Tick at least one ground, or “I am not sure”.
error-criteria-not-sure-alone = “I am not sure” cannot be ticked with another ground.
error-choose-words-said = Say whether any words were said or written.
error-required-words = Copy the words that were said or written.
error-choose-author-kind = Say who the author is.
error-choose-author-known = Say whether you know who the author is.
error-required-represented-name = Enter the victim’s name.
