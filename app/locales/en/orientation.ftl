# Orientation (questions and destinations), information pages, helplines.
# Plain words for people who may be under stress: short sentences, no jargon.

## Home page and footer

orientation-home-title = What happened? Find the right procedure
orientation-home-body = Answer a few short questions. We will tell you how to report it, or who to call. Your answers are not recorded.
orientation-home-start = Start
orientation-home-direct = Go straight to a procedure
orientation-home-complaint-title = Make a complaint entirely online
orientation-home-complaint-body = For the same offences as a pre-complaint, when you can prove your identity with FranceConnect. No need to go to a police station.
orientation-home-discrimination-title = Report discrimination
orientation-home-discrimination-body = If you were treated worse because of your origin, sex, disability, age, religion or another reason.
orientation-home-internet-title = Report an internet scam
orientation-home-internet-body = Fake adverts, fake shops, phishing, or payments on the internet with your card that you did not make.
orientation-home-support-title = Help and support
orientation-home-support-body = Free numbers to talk to someone, day and night, and ways to report violence, including sexual violence.
orientation-home-ddd-title = A problem with a public service
orientation-home-ddd-body = The Défenseur des droits, an independent authority, can help you for free.
orientation-home-all-numbers = All the numbers and when they answer
orientation-footer-start = Find the right procedure
orientation-find-procedure = Not sure what to do? Find the right procedure
orientation-restart = Start again with different answers

## Questions

orientation-q-danger-title = Is anyone in danger right now?
orientation-q-danger-hint = For example, someone is hurt, is being threatened, or the person who did it is still nearby.
orientation-a-danger-yes = Yes, someone is in danger now
orientation-a-danger-no = No, nobody is in danger now
orientation-error-danger = Say whether anyone is in danger right now.

orientation-q-what-title = What happened?
orientation-q-what-hint = If several things happened, choose the most serious one.
orientation-a-what-property = Something was stolen or damaged, or I was cheated out of money
orientation-a-what-property-hint = Theft, burglary, damage or vandalism, fraudulent use of my bank card, a scam
orientation-a-what-violence = Someone hit me, hurt me or threatened me
orientation-a-what-violence-hint = Physical violence or threats, by a stranger or by someone I know
orientation-a-what-sexual-violence = Sexual or sexist violence
orientation-a-what-sexual-violence-hint = Sexual harassment, sexual assault, rape, sexist insults or behaviour – against me or against someone else
orientation-a-what-discrimination = I was treated worse because of who I am
orientation-a-what-discrimination-hint = Discrimination: because of my origin, sex, disability, age, religion, sexual orientation, state of health, where I live…
orientation-a-what-public-service = A public service treated me unfairly
orientation-a-what-public-service-hint = A problem with an administration or a public service, such as the tax office, the CAF, France Travail or a public hospital
orientation-a-what-other = Something else
orientation-a-what-other-hint = None of these answers fits what happened
orientation-error-what = Choose what happened.

orientation-q-internet-title = Did it happen on the internet?
orientation-q-internet-hint = For example, a fake advert or shop, a message asking for your bank details, or payments on the internet with your card.
orientation-a-internet-yes = Yes, on the internet
orientation-a-internet-no = No, not on the internet
orientation-error-internet = Say whether it happened on the internet.

orientation-q-known-title = Do you know who did it?
orientation-q-known-hint = For example, you know their name, or you could say where to find them.
orientation-a-known-yes = Yes, I know who did it
orientation-a-known-no = No, I do not know who did it
orientation-error-known = Say whether you know who did it.

orientation-q-identity-title = Can you prove your identity online with FranceConnect?
orientation-q-identity-hint = FranceConnect lets you sign in to public services with an account you already have, for example on impots.gouv.fr or ameli.fr, or with the Identité Numérique La Poste app.
orientation-a-identity-yes = Yes, I can use FranceConnect
orientation-a-identity-no = No, I cannot use it
orientation-a-identity-not-sure = I don’t know
orientation-error-identity = Say whether you can use FranceConnect.

## Destinations

orientation-dest-emergency-title = Call for help now
orientation-dest-emergency-lead = If you or someone else is in danger, call now. These calls are free, day and night.
orientation-dest-emergency-safe = When you are safe, you can come back to this site to report what happened.

orientation-dest-pre-complaint-title = Make a pre-complaint online
orientation-dest-pre-complaint-lead = A pre-complaint (pré-plainte) fits your situation. You describe what happened online, then you sign your complaint at the police station or gendarmerie of your choice.
orientation-dest-pre-complaint-body = It takes about 15 minutes. The police station or gendarmerie unit you choose then contacts you to arrange an appointment. You must sign within 30 days.
orientation-dest-pre-complaint-action = Start my pre-complaint

orientation-dest-online-complaint-title = Make your complaint online
orientation-dest-online-complaint-lead = Because you can prove your identity with FranceConnect, you can make your complaint entirely online, without going to a police station or gendarmerie.
orientation-dest-online-complaint-body = You sign in with FranceConnect, describe what happened and send your complaint. Your complaint is kept for 6 months.
orientation-dest-online-complaint-action = Start my online complaint
orientation-dest-online-complaint-other-title = If FranceConnect does not work for you
orientation-dest-online-complaint-other = You can make a pre-complaint instead, and sign it at the police station or gendarmerie of your choice.
orientation-dest-online-complaint-other-link = Make a pre-complaint

orientation-dest-discrimination-title = Report discrimination
orientation-dest-discrimination-lead = Treating someone worse because of their origin, sex, disability, age, religion or another reason listed in the law is discrimination. It is against the law. You have two ways to act, and you can use both.
orientation-dest-discrimination-police-title = Report it to the police and gendarmerie
orientation-dest-discrimination-police = Describe what happened on this portal. An officer reads your report and contacts you. It can lead to a complaint and an investigation.
orientation-dest-discrimination-action = Report discrimination
orientation-dest-discrimination-ddd-title = Or contact the Défenseur des droits
orientation-dest-discrimination-ddd = The Défenseur des droits is an independent public authority. Its help is free. It can advise you, try to settle the situation, and support you if you go to court.

orientation-dest-support-title = Help and support
orientation-dest-support-lead = You are not alone, and what happened is not your fault. People are there to listen to you, for free, whether it happened to you or to someone close to you.
orientation-dest-support-talk-title = Talk to someone
orientation-dest-support-report-title = Report what happened
orientation-dest-support-report = On the national platform below, you can write to a police officer or a gendarme in a chat, at any time, without giving your name. They can advise you and help you make a complaint.

orientation-dest-internet-title = Report an internet scam
orientation-dest-internet-lead = Scams and card fraud on the internet are handled by dedicated online services, not by a pre-complaint.
orientation-dest-internet-scam-title = A scam on the internet
orientation-dest-internet-scam = Fake adverts, fake online shops, blackmail, fake investments, phishing: report it on THESEE, the online service of the police and gendarmerie for internet scams. You can find it on service-public.fr.
orientation-dest-internet-card-title = Payments with your card that you did not make
orientation-dest-internet-card = If your card details were used on the internet while you still have your card, report it on Perceval, the online service for bank card fraud. You can also find it on service-public.fr.
orientation-dest-internet-site-title = A fraudulent website or message
orientation-dest-internet-site = To report a website, an advert or a message that breaks the law, use the official reporting service:
orientation-dest-internet-now = Contact your bank straight away to cancel (block) your card. Keep all the evidence: screenshots, messages, emails and bank statements.

orientation-dest-defenseur-des-droits-title = Contact the Défenseur des droits
orientation-dest-defenseur-des-droits-lead = When a public service treats you unfairly, the Défenseur des droits can help. It is an independent public authority, and its help is free.
orientation-dest-defenseur-des-droits-body = It deals with problems with public services (for example the tax office, the CAF, France Travail or a public hospital), discrimination, children’s rights and the conduct of the security forces. First try to settle the problem with the service concerned, and keep copies of your letters and emails.

orientation-dest-station-known-author-title = Go to a police station or gendarmerie
orientation-dest-station-known-author-lead = Your situation is dealt with in person. An officer will listen to you and record your complaint.
orientation-dest-station-known-author-reason = Why: you know who did it. Online pre-complaints are only for offences where the person who did it is unknown. You can also write to the public prosecutor (procureur de la République).
orientation-dest-station-violence-title = Go to a police station or gendarmerie
orientation-dest-station-violence-lead = Violence and threats are dealt with in person, so that an officer can listen to you and protect you if needed.
orientation-dest-station-violence-reason = Why: violence and threats against a person cannot be reported online on this portal. If you were injured, see a doctor: a medical certificate will help your complaint.
orientation-dest-station-other-title = Go to a police station or gendarmerie
orientation-dest-station-other-lead = An officer will listen to you and tell you what you can do.
orientation-dest-station-other-reason = Why: this portal does not cover your situation yet.
orientation-station-any = You can go to any police station (commissariat) or gendarmerie unit (brigade). They must take your complaint, even if it happened somewhere else.
orientation-station-bring = Bring an identity document and anything that may help: photos, messages, receipts, the names of witnesses.

orientation-ddd-phone = By phone:
orientation-ddd-hours = (from 9 am to 6 pm)
orientation-ddd-chat = By online chat, about discrimination:
orientation-ddd-website = On its website:

## Helplines

helpline-17-name = Police and gendarmerie emergencies
helpline-17-hours = 24 hours a day, 7 days a week. Free.
helpline-112-name = European emergency number, from any phone in Europe
helpline-112-hours = 24 hours a day, 7 days a week. Free.
helpline-15-name = Medical emergencies (SAMU)
helpline-15-hours = 24 hours a day, 7 days a week. Free.
helpline-18-name = Fire and rescue services (pompiers)
helpline-18-hours = 24 hours a day, 7 days a week. Free.
helpline-114-name = Emergencies by text message, if you cannot speak or hear, or cannot talk because someone is with you
helpline-114-hours = By text message (SMS), 24 hours a day, 7 days a week. Free.
helpline-3919-name = Violences Femmes Info: listening and advice for women facing violence, and the people around them
helpline-3919-hours = 24 hours a day, 7 days a week. Free and anonymous.
helpline-119-name = Allô Enfance en danger: for children and teenagers at risk, and adults who are worried about them
helpline-119-hours = 24 hours a day, 7 days a week. Free, and the call does not appear on the phone bill.
helpline-116006-name = France Victimes: support for victims of any offence
helpline-116006-hours = 7 days a week, from 9 am to 7 pm. Free.
helpline-3018-name = Violence on the internet: cyberbullying, threats, intimate images shared without consent
helpline-3018-hours = Free, anonymous and confidential.
helpline-3928-name = Défenseur des droits (the rights ombudsman): discrimination and problems with public services
helpline-3928-hours = From 9 am to 6 pm.

## Information pages

guide-more-title = Useful information
guide-pre-complaint-start = Start a pre-complaint

guide-pre-complaint-title = How a pre-complaint works
guide-pre-complaint-lead = A pre-complaint (pré-plainte) lets you start your complaint online, so that you spend less time at the police station or gendarmerie.
guide-pc-declare-title = 1. You describe what happened, online
guide-pc-declare-body = You say when and where it happened, what was taken or damaged, and how to contact you. It takes about 15 minutes, at any time of day or night.
guide-pc-unit-title = 2. You choose where to sign
guide-pc-unit-body = You choose the police station (commissariat) or gendarmerie unit (brigade) where you want to sign, and the days and times that suit you.
guide-pc-contact-title = 3. The unit contacts you
guide-pc-contact-body = An officer reads your pre-complaint and contacts you, by email or by phone, to offer you an appointment.
guide-pc-sign-title = 4. You sign your complaint within 30 days
guide-pc-sign-body = Your complaint only counts once you have signed it at the unit. Bring your identity document and your reference.
guide-pc-sign-lapse = If you do not sign within 30 days, the pre-complaint is cancelled and its data is deleted.
guide-pc-covers-title = What a pre-complaint is for
guide-pc-covers-body = Offences against your property, when you do not know who did it:
guide-pc-covers-theft = theft, including pickpocketing and theft from a vehicle
guide-pc-covers-burglary = burglary
guide-pc-covers-vehicle = theft of a vehicle
guide-pc-covers-damage = damage and vandalism
guide-pc-covers-card = fraudulent use of your bank card
guide-pc-covers-scam = a scam that did not happen on the internet
guide-pc-who-title = Who can make one
guide-pc-who-victim = the victim
guide-pc-who-parent = a parent or legal guardian, for a child under 18
guide-pc-who-organisation = the representative of a company or an association
guide-pc-not-title = When it is not the right procedure
guide-pc-not-body = If someone is in danger, call 17 or 112. If you know who did it, or if there was violence against a person, go to a police station or gendarmerie. Internet scams have their own online service.

guide-what-to-bring-title = What to bring when you sign
guide-what-to-bring-lead = Bring these to your appointment. They help the officer record your complaint quickly.
guide-bring-always-title = Always
guide-bring-identity = An identity document: identity card, passport, residence permit or driving licence.
guide-bring-reference = The reference of your pre-complaint, for example PP-7K3Q-9MXD-C. It is on your receipt and in the email you received.
guide-bring-items-title = For what was stolen or damaged
guide-bring-items-body = Bring what you have, even if it is incomplete:
guide-bring-ownership = proof that the items are yours: invoices, receipts, photos, boxes or guarantee certificates;
guide-bring-phone = for a phone: its IMEI number, written on the box or on the invoice (your operator can also give it to you);
guide-bring-vehicle = for a vehicle: the registration certificate (carte grise) and the keys you still have;
guide-bring-card = for a bank card: your bank statements showing the payments you did not make, and the proof that you cancelled (blocked) the card;
guide-bring-damage = for damage: photos, and quotes or invoices for the repairs.
guide-bring-other-title = If you are acting for someone else
guide-bring-other-body = For a child under 18, bring proof that you are their parent or legal guardian. For a company or an association, bring proof that you can act on its behalf.
guide-bring-missing-title = If something is missing
guide-bring-missing-body = Come anyway. You can give the missing documents later.

guide-data-retention-title = How long your data is kept
guide-data-retention-lead = We keep your information only as long as it is needed, then we delete it for good.
guide-data-periods-title = How long
guide-data-pre-complaint = A pre-complaint that is not signed: deleted 30 days after you send it.
guide-data-complaint = An online complaint: kept for 6 months.
guide-data-draft = A form you started but did not send: deleted after 30 days.
guide-data-signed-title = Once your complaint is signed
guide-data-signed-body = A signed complaint becomes part of a police or gendarmerie case. It then follows the rules for those case files.
guide-data-never-title = What we never record
guide-data-never-body = We do not record your IP address or which browser you use. This site has no advertising and no tracking, and it loads nothing from other websites.
guide-data-deleted-title = What “deleted” means
guide-data-deleted-body = When the time is up, your answers are erased from our database. Nobody can get them back, not even us.

guide-anonymity-title = Reporting without giving your name
guide-anonymity-lead = Some reports can be made without giving your name. A complaint cannot: it needs your identity.
guide-anon-records-title = What the portal records
guide-anon-records-body = Only what you type in the forms, and a cookie that ends when you close your browser. It uses this cookie to keep your answers between pages.
guide-anon-not-title = What the portal does not record
guide-anon-not-ip = your IP address or the browser you use;
guide-anon-not-tracking = which pages you visit: there is no tracking and no advertising;
guide-anon-not-mail = your email address, unless you choose to give it.
guide-anon-report-title = What an anonymous report can lead to
guide-anon-report-body = An anonymous report is read by police officers or gendarmes. It can still lead to an investigation, for example when several reports are about the same person or the same place.
guide-anon-complaint-title = Why a complaint needs your identity
guide-anon-complaint-body = A complaint starts legal proceedings in your name. The police, the gendarmerie and the court need to know who you are and how to reach you.
guide-anon-complaint-address = If you fear for your safety, tell the officer. You can ask to give the address of the police station or gendarmerie instead of your home address.
guide-anon-device-title = On a shared phone or computer
guide-anon-device-body = Your browser history can show the pages you visited. Use a private window, or delete your history afterwards.

guide-support-numbers-title = Emergency and support numbers
guide-support-numbers-lead = In an emergency, call 17 or 112. If you cannot speak, send a text message to 114.
guide-numbers-emergency-title = Emergencies
guide-numbers-support-title = Someone to listen and help
