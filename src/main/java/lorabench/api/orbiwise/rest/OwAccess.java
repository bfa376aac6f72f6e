// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import java.util.List;
import java.util.Optional;
import lorabench.api.orbiwise.OwAccounts;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.AccountRepository;
import lorabench.store.Device;
import lorabench.store.DeviceGroup;
import lorabench.store.DeviceRepository;
import lorabench.store.GroupRepository;

/// Which devices and groups an account sees (seed: "registered uniquely to one account"; application sub-accounts
/// see only the devices assigned to them). Anything else answers 404, as if it did not exist.
final class OwAccess implements OwAccounts {
    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final GroupRepository groups;

    OwAccess(AccountRepository accounts, DeviceRepository devices, GroupRepository groups) {
        this.accounts = accounts;
        this.devices = devices;
        this.groups = groups;
    }

    @Override
    public Optional<Account> owner(Eui64 devEui) {
        return devices.find(devEui).flatMap(Device::ownerAccountId).flatMap(accounts::find);
    }

    @Override
    public List<Account> applications(Eui64 devEui) {
        Optional<Device> d = devices.find(devEui);
        if (d.isEmpty() || d.get().ownerAccountId().isEmpty()) {
            return List.of();
        }
        var apps = OwDeviceData.applications(d.get());
        return accounts.children(d.get().ownerAccountId().get()).stream()
                .filter(a -> a.kind() == AccountKind.APPLICATION && apps.contains(OwAccountView.accountId(a)))
                .toList();
    }

    boolean sees(Account a, Device d) {
        if (d.ownerAccountId().filter(o -> o == OwAccountView.ownerId(a)).isEmpty()) {
            return false;
        }
        return !OwAccountView.isApplication(a)
                || OwDeviceData.applications(d).contains(OwAccountView.accountId(a));
    }

    /// {@return the device `devEuiText` names}, if the account sees it
    /// @throws OwError 404 `cannot find device` otherwise; 406 when the DevEUI is not hex
    Device device(Account a, String devEuiText) {
        Eui64 eui;
        try {
            eui = Eui64.parse(devEuiText);
        } catch (IllegalArgumentException e) {
            throw OwError.noDevice(devEuiText);
        }
        return devices.find(eui).filter(d -> sees(a, d)).orElseThrow(() -> OwError.noDevice(devEuiText));
    }

    Optional<Device> findDevice(Account a, String devEuiText) {
        try {
            return devices.find(Eui64.parse(devEuiText)).filter(d -> sees(a, d));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /// {@return every device the account sees}, in DevEUI order
    List<Device> devices(Account a) {
        return devices.byOwner(OwAccountView.ownerId(a)).stream().filter(d -> sees(a, d)).toList();
    }

    boolean sees(Account a, DeviceGroup g) {
        if (g.ownerAccountId().filter(o -> o == OwAccountView.ownerId(a)).isEmpty()) {
            return false;
        }
        return !OwAccountView.isApplication(a) || OwGroupJson.applications(g).contains(OwAccountView.accountId(a));
    }

    /// @throws OwError 404 when the account does not see the group
    DeviceGroup group(Account a, String id) {
        return groups.find(id).filter(g -> sees(a, g)).orElseThrow(() -> OwError.notFound("group", id));
    }
}
