// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.ProfileKind;
import lorabench.store.ProfileRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger DBS = new AtomicInteger();
    static final SchemaNode.ObjectNode CONTENT = (SchemaNode.ObjectNode) SchemaParser.parse(json("""
            {"type":"object","additionalProperties":false,"required":["version","rate","realtime","klass"],
             "properties":{"version":{"enum":["1.0.3","1.1.1"]},"rate":{"type":"integer","minimum":1,"maximum":100},
               "realtime":{"type":"boolean"},"klass":{"enum":["A","C"]}}}"""));
    static final SchemaNode.ObjectNode RESTRICTIONS = (SchemaNode.ObjectNode) SchemaParser.parse(json("""
            {"type":"object","additionalProperties":false,
             "properties":{"rate":{"type":"integer","minimum":1,"maximum":100},"realtime":{"type":"boolean"}}}"""));
    static final ProfileType TYPE = new ProfileType("test/profile", ProfileKind.SERVICE, CONTENT,
            Optional.of(RESTRICTIONS), Set.of("klass"), c -> {
                ObjectNode o = JsonNodeFactory.instance.objectNode();
                o.put("version", c.path("version").asText().substring(0, 3) + ".x");
                return o;
            });

    private Database db;
    private long a1;
    private long a2;
    private long a3;
    private final Set<String> usedByDevices = new HashSet<>();
    private ProfileService service;
    private final AtomicInteger ids = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2Memory("profiles" + DBS.incrementAndGet()));
        AccountRepository accounts = new AccountRepository(db);
        a1 = accounts.insert(Account.newUser("one", "h")).id();
        a2 = accounts.insert(Account.newUser("two", "h")).id();
        a3 = accounts.insert(Account.newUser("three", "h")).id();
        service = new ProfileService(new ProfileRepository(db), usedByDevices::contains,
                () -> "p" + ids.incrementAndGet());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ProfileDraft draft(String content) {
        return new ProfileDraft("Root profile", "desc", "secret notes", false, json(content),
                Optional.of("decoder = function () { return { json: {} }; }"));
    }

    static final String GOOD = "{\"version\":\"1.0.3\",\"rate\":50,\"realtime\":true,\"klass\":\"A\"}";

    private ProfileEntry root() {
        return service.create(TYPE, Optional.of(a1), draft(GOOD)).orElseThrow();
    }

    private LinkDraft link(String target, boolean inspect, String restrictions) {
        return new LinkDraft("Link profile", "link desc", true, inspect, target, json(restrictions));
    }

    @Test
    void createsListsGetsAndDeletes() {
        ProfileEntry e = root();
        assertEquals("p1", e.id());
        assertEquals(List.of(e.id()), service.list(ProfileKind.SERVICE, a1).stream().map(ProfileEntry::id).toList());
        assertEquals(List.of(), service.list(ProfileKind.SERVICE, a2));
        ProfileView owner = service.get(TYPE, e.id(), new Viewer(Optional.of(a1), true)).orElseThrow();
        assertFalse(owner.reduced());
        assertEquals(json(GOOD), owner.content());
        assertEquals(Optional.of("secret notes"), owner.notes());
        assertTrue(owner.decoder().isPresent());
        ProfileView other = service.get(TYPE, e.id(), new Viewer(Optional.of(a2), true)).orElseThrow();
        assertEquals(Optional.empty(), other.notes(), "notes are the owner's only");
        assertInstanceOf(ProfileResult.Ok.class, service.delete(TYPE, e.id()));
        assertInstanceOf(ProfileResult.NotFound.class, service.get(TYPE, e.id(), Viewer.operator()));
        assertInstanceOf(ProfileResult.NotFound.class, service.delete(TYPE, e.id()));
    }

    @Test
    void rejectsInvalidContentWithPaths() {
        ProfileResult<ProfileEntry> r = service.create(TYPE, Optional.empty(),
                draft("{\"version\":\"2.0\",\"rate\":0,\"realtime\":true}"));
        ProfileResult.Invalid<ProfileEntry> invalid = assertInstanceOf(ProfileResult.Invalid.class, r);
        assertEquals(Set.of("/content/version", "/content/rate", "/content/klass"),
                Set.copyOf(invalid.violations().stream().map(Violation::path).toList()));
    }

    @Test
    void readersWithoutTheInspectRightSeeTheReducedView() {
        ProfileEntry e = root();
        ProfileView v = service.get(TYPE, e.id(), new Viewer(Optional.of(a1), false)).orElseThrow();
        assertTrue(v.reduced());
        assertEquals(json("{\"version\":\"1.0.x\"}"), v.content());
        assertEquals(Optional.empty(), v.decoder());
    }

    @Test
    void linksShowTheTargetNarrowedByRestrictionsAndFollowChanges() {
        ProfileEntry r = root();
        ProfileEntry l1 = service.createLink(TYPE, Optional.of(a2), link(r.id(), true, "{\"rate\":20}"))
                .orElseThrow();
        ProfileEntry l2 = service.createLink(TYPE, Optional.of(a3), link(l1.id(), true,
                "{\"rate\":80,\"realtime\":false}")).orElseThrow();
        assertEquals(json("{\"version\":\"1.0.3\",\"rate\":20,\"realtime\":false,\"klass\":\"A\"}"),
                service.effectiveContent(l2.id()).orElseThrow());
        assertEquals(Optional.of(r.id()), l1.linkTarget());
        assertTrue(service.effectiveDecoder(l2.id()).isPresent());
        service.modify(TYPE, r.id(), draft(GOOD.replace("\"rate\":50", "\"rate\":10"))).orElseThrow();
        assertEquals(10, service.effectiveContent(l2.id()).orElseThrow().path("rate").asInt(),
                "a change of the root applies to its links");
        ProfileView hidden = service.get(TYPE, service.createLink(TYPE, Optional.empty(),
                link(l2.id(), false, "{}")).orElseThrow().id(), Viewer.operator()).orElseThrow();
        assertTrue(hidden.reduced(), "can_be_inspected=false hides the content even from inspectors");
    }

    @Test
    void refusesBadLinks() {
        ProfileEntry r = root();
        assertInstanceOf(ProfileResult.NotFound.class, service.createLink(TYPE, Optional.empty(),
                link("nope", true, "{}")));
        ProfileResult.Invalid<?> bad = assertInstanceOf(ProfileResult.Invalid.class,
                service.createLink(TYPE, Optional.empty(), link(r.id(), true, "{\"version\":\"1.1.1\"}")));
        assertEquals("/restrictions/version", bad.violations().get(0).path());
        ProfileEntry l1 = service.createLink(TYPE, Optional.empty(), link(r.id(), true, "{}")).orElseThrow();
        ProfileEntry l2 = service.createLink(TYPE, Optional.empty(), link(l1.id(), true, "{}")).orElseThrow();
        assertInstanceOf(ProfileResult.Invalid.class, service.modifyLink(TYPE, l1.id(), link(l2.id(), true, "{}")),
                "a link cycle is refused");
        assertInstanceOf(ProfileResult.Invalid.class, service.modify(TYPE, l1.id(), draft(GOOD)),
                "a link's content cannot be replaced");
    }

    @Test
    void unlinkMaterialisesTheEffectiveContent() {
        ProfileEntry r = root();
        ProfileEntry l = service.createLink(TYPE, Optional.empty(), link(r.id(), true, "{\"rate\":5}")).orElseThrow();
        assertInstanceOf(ProfileResult.Invalid.class, service.unlink(TYPE, l.id(), "p99"));
        ProfileEntry local = service.unlink(TYPE, l.id(), r.id()).orElseThrow();
        ProfileEntry.Local body = assertInstanceOf(ProfileEntry.Local.class, local.body());
        assertEquals(5, body.content().path("rate").asInt());
        assertTrue(body.decoder().isPresent());
        assertEquals("Link profile", local.name());
        service.modify(TYPE, r.id(), draft(GOOD.replace("\"klass\":\"A\"", "\"klass\":\"C\""))).orElseThrow();
        assertEquals("A", service.effectiveContent(l.id()).orElseThrow().path("klass").asText(),
                "an unlinked copy no longer follows the root");
        assertInstanceOf(ProfileResult.Ok.class, service.delete(TYPE, r.id()), "no link refers to the root now");
        ProfileEntry r2 = root();
        ProfileEntry hidden = service.createLink(TYPE, Optional.empty(), link(r2.id(), false, "{}")).orElseThrow();
        assertInstanceOf(ProfileResult.Refused.class, service.unlink(TYPE, hidden.id(), r2.id()));
    }

    @Test
    void aProfileInUseChangesOnlyItsSafeFields() {
        ProfileEntry r = root();
        ProfileEntry l = service.createLink(TYPE, Optional.empty(), link(r.id(), true, "{}")).orElseThrow();
        usedByDevices.add(l.id());
        assertTrue(service.inUse(r.id()), "used through its link");
        ProfileResult.Locked<?> locked = assertInstanceOf(ProfileResult.Locked.class, service.modify(TYPE, r.id(),
                draft(GOOD.replace("\"rate\":50", "\"rate\":60").replace("1.0.3", "1.1.1"))));
        assertEquals(List.of("rate", "version"), locked.fields());
        assertInstanceOf(ProfileResult.Ok.class, service.modify(TYPE, r.id(),
                draft(GOOD.replace("\"klass\":\"A\"", "\"klass\":\"C\""))));
        assertInstanceOf(ProfileResult.Locked.class, service.modifyLink(TYPE, l.id(), link(r.id(), true,
                "{\"rate\":1}")), "restricting a used link changes its effective content");
        assertInstanceOf(ProfileResult.Locked.class, service.delete(TYPE, r.id()), "referenced by a link");
        assertInstanceOf(ProfileResult.Locked.class, service.delete(TYPE, l.id()), "assigned to a device");
        usedByDevices.clear();
        assertInstanceOf(ProfileResult.Ok.class, service.delete(TYPE, l.id()));
        assertInstanceOf(ProfileResult.Ok.class, service.delete(TYPE, r.id()));
    }

    @Test
    void sharedProfilesAreListedForSubAccounts() {
        root();
        service.createLink(TYPE, Optional.of(a1), link("p1", true, "{}")).orElseThrow();
        assertEquals(List.of("p2"), service.listShared(ProfileKind.SERVICE, List.of(a1)).stream()
                .map(ProfileEntry::id).toList());
    }
}
